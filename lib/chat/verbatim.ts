import { words } from "@/lib/kernel/text/tokenize";

// Transcriber annotations ({vocalsound}, {disfmarker}, [laughter]): not words anyone said.
const ANNOTATION = /\{[^{}]*\}|\[[^[\]]*\]/g;
// Talk that only holds the floor, trimmed from the ends of a quote (never from inside it).
const LEADING =
  /^(?:[\s,;:.…-]+|(?:so|um+|uh+|uhm|er+m?|hm+|mm+|and|but|or|well|okay|ok|yeah|yes|oh|ah|right|like|y|pues|bueno|vale|o sea|eh|em|mira|entonces)(?![\p{L}\p{N}'’])[\s,;:.…]*)/iu;
const TRAILING =
  /(?:[\s,;:…-]+|(?<![\p{L}\p{N}'’])(?:and|or|but|so|because|the|a|an|um+|uh+|y|o|pero|porque|que|el|la|los|las|un|una|eh)[\s,;:…]*)$/iu;

// Letters spelled out, as the AMI corpus transcribes them: "L_C_D_" is "LCD", "T_V_s" is "TVs".
const SPELLED = /(?<![\p{L}\p{N}_])(?:\p{Lu}_)+/gu;

/** Spelled-out letters joined into the word they spell ("the L_C_D_ screen" → "the LCD screen"). */
export const joinSpelled = (text: string) =>
  text.includes("_") ? text.replace(SPELLED, (letters) => letters.replace(/_/g, "")) : text;

/**
 * How an acronym of the question is written in a transcript that spells letters out ("LCD" →
 * "L_C_D_"), or null for a word that is no acronym (more than five letters, or not all capitals).
 */
export function spelledForm(word: string): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(word)) return null;
  return `${[...word].join("_")}_`;
}

/** A turn's words exactly as transcribed: annotations out, spelled letters joined and spacing tidied, no word changed. */
export function spokenText(text: string): string {
  return joinSpelled(text)
    .replace(ANNOTATION, " ")
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:?!…])/g, "$1")
    .replace(/([,;:])(?:\s*[,;:])+/g, "$1")
    .trim();
}

/** A stretch of spoken text without the filler words at either end; the rest untouched. */
export function trimEdges(text: string): string {
  let out = text.trim();
  for (let pass = 0; pass < 8; pass++) {
    const next = out.replace(LEADING, "").replace(TRAILING, "").trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** The first `limit` words of a quote, marked as cut with "…" when it goes on. */
export function cutQuote(text: string, limit: number): string {
  const parts = text.split(/\s+/);
  if (parts.length <= limit) return text;
  return `${parts
    .slice(0, limit)
    .join(" ")
    .replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * Whether a quote is the speaker's own words: its words, in order and side by side, are words of
 * the transcript line (annotations aside; case and punctuation may differ, wording may not).
 */
export function isVerbatim(quote: string, original: string): boolean {
  const said = words(spokenText(quote).replace(/…/g, " "));
  const line = words(spokenText(original));
  if (said.length === 0) return false;
  for (let start = 0; start + said.length <= line.length; start++) {
    if (said.every((word, i) => line[start + i] === word)) return true;
  }
  return false;
}
