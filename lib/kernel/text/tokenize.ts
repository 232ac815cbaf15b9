import { fold } from "./fold";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lowercased words, apostrophes normalised ("I’ll" → "i'll"), accents kept. */
export function words(text: string): string[] {
  const found = text.match(WORD);
  if (!found) return [];
  return found.map((word) => word.toLowerCase().replace(/’/g, "'"));
}

/** Words with their character offsets in `text`, original casing kept. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const spans: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words folded (lowercase, no accents), the form stopword lists and matchers compare. */
export function foldedWords(text: string): string[] {
  return words(fold(text));
}
