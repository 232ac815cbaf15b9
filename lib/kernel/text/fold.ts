/** Lowercase without diacritics: "Reunión" → "reunion". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * Like `fold`, but every UTF-16 unit maps to exactly one unit, so an index found in the folded
 * text is the same index in the original (needed to cut contexts and phrases out of the original).
 */
export function foldKeepingOffsets(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    const code = unit.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit;
      continue;
    }
    const folded = fold(unit);
    out +=
      folded.length === 1
        ? folded
        : unit.length === 1 && unit.toLowerCase().length === 1
          ? unit.toLowerCase()
          : unit;
  }
  return out;
}

/**
 * Word characters of folded text, for regexes built per meeting (from its names): folded text
 * has no capitals or accents, and unlike \p{L} this class compiles fast.
 */
export const FOLDED_WORD_CHAR = "a-z0-9\\u00c0-\\u024f\\u0370-\\u1fff";
