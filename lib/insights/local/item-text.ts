import type { Language } from "@/lib/kernel/text/stem";
import { compressSentence } from "./compress-sentence";
import { contentStems } from "./term-vectors";

const MAX_LENGTH = 220;

/** A sentence as a list item shows it: openers trimmed, capitalised, at most ~220 characters. */
export function itemText(sentence: string): string {
  const text = compressSentence(sentence) || sentence.trim();
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.lastIndexOf(" ", MAX_LENGTH - 1);
  return `${text.slice(0, cut > 0 ? cut : MAX_LENGTH - 1)}…`;
}

/** Drops items whose content words mostly repeat an earlier item's (Jaccard ≥ `threshold`). */
export function dropNearDuplicates<T extends { text: string }>(
  items: readonly T[],
  language: Language,
  threshold = 0.6,
): T[] {
  const kept: { item: T; stems: Set<string> }[] = [];
  for (const item of items) {
    const stems = new Set(contentStems(item.text, language));
    const duplicate = kept.some(({ stems: other }) => {
      let shared = 0;
      for (const term of stems) if (other.has(term)) shared++;
      const union = stems.size + other.size - shared;
      return union === 0 ? true : shared / union >= threshold;
    });
    if (!duplicate) kept.push({ item, stems });
  }
  return kept.map(({ item }) => item);
}
