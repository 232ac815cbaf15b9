// Openers that only manage the conversation; dropped (repeatedly) from the start of a summary sentence.
const OPENERS =
  /^(?:so|well|okay|ok|alright|all right|and|but|or|yeah|yes|yep|right|now|oh|anyway|basically|actually|also|then|i think(?: that)?|i guess|i mean|i suppose|you know|you see|like|um|uh|y|pero|pues|bueno|vale|entonces|o sea|claro|sí|a ver|mira|oye|yo creo que|creo que|la verdad es que|digamos)(?![\p{L}\p{N}'])[\s,]*/iu;
// Dangling words left where a speaker was cut off ("…and then").
const TRAILERS =
  /[\s,]+(?:and(?: then)?|or|but|so|because|the|a|an|you know|right|yeah|okay|y(?: luego)?|o|pero|porque|el|la|los|las|un|una|entonces|vale)$/iu;
const HEDGES = /,\s*(?:i think|i guess|i mean|you know|like|basically|actually|creo|digamos|o sea),\s*/giu;
const LOOSE_KIND_OF =
  /(?<!\b(?:a|the|what|this|that|some|any|which|one|every|same|different|un|el|qué)\s)\b(?:kind of|sort of|kinda|sorta)\s+/giu;
const CONTRACTED = [
  [/\bgonna\b/gi, "going to"],
  [/\bwanna\b/gi, "want to"],
  [/\bgotta\b/gi, "got to"],
] as const;

/**
 * A transcript sentence made fit to read in a summary: conversational openers, hedges and a
 * dangling last word removed, "gonna" spelled out, capitalised and closed with a full stop.
 * Only removes words; never adds content.
 */
export function compressSentence(text: string): string {
  let out = text.trim();
  for (let pass = 0; pass < 4; pass++) {
    const next = out.replace(OPENERS, "");
    if (next === out) break;
    out = next;
  }
  out = out.replace(HEDGES, ", ").replace(LOOSE_KIND_OF, "");
  for (const [pattern, replacement] of CONTRACTED) out = out.replace(pattern, replacement);
  const ending = /[.?!…]$/.test(out) ? (out.at(-1) as string) : ".";
  out = out.replace(/[\s.,;:…?!]+$/, "");
  for (let pass = 0; pass < 3; pass++) {
    const next = out.replace(TRAILERS, "");
    if (next === out) break;
    out = next;
  }
  out = out.replace(/^[\s,;:¿¡]+/, (lead) => lead.replace(/[^¿¡]/g, ""));
  if (!/[\p{L}\p{N}]/u.test(out)) return "";
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}${ending}`;
}
