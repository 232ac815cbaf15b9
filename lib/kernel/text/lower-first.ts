/**
 * Lowercases a quoted sentence's first word so it reads on after "Ana said" / "Según Ana,": never a
 * name, an acronym ("Salesforce", "PDF") or English "I" ("I'm"), which stay as they were said.
 */
export function lowerFirst(text: string, isProper: (word: string) => boolean): string {
  const first = /^[\p{L}']+/u.exec(text)?.[0] ?? "";
  if (!first || first === "I" || first.startsWith("I'") || /^\p{Lu}{2,}/u.test(first) || isProper(first))
    return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
