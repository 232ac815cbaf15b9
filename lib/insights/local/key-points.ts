import type { Sentence } from "@/lib/insights/sentences";
import type { InsightItem } from "@/lib/insights/types";
import type { Language } from "@/lib/kernel/text/stem";
import { itemText } from "./item-text";
import type { ScoredSentence } from "./sentence-scores";
import type { Emphasis } from "./templates";
import { cosine } from "./term-vectors";

const MIN_POINTS = 5;
const MAX_POINTS = 8;
const WORDS_PER_POINT = 1200;
const TOO_SIMILAR = 0.6;

/**
 * 5–8 key points: first the best sentence for each theme the template emphasises ("Blocker: …"),
 * then the best sentence of each stretch of the meeting (split into equal word spans), so the
 * points follow the meeting from start to end rather than repeating its main theme.
 */
export function keyPoints(
  scored: readonly ScoredSentence[],
  sentences: readonly Sentence[],
  emphasis: readonly Emphasis[],
  language: Language,
): InsightItem[] {
  const totalWords = sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0);
  const wanted = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.round(totalWords / WORDS_PER_POINT)));
  const used = new Set<number>();
  const chosen: ScoredSentence[] = [];
  const themed: InsightItem[] = [];
  for (const theme of emphasis) {
    if (themed.length >= wanted) break;
    const best = bestMatching(scored, sentences, theme, used);
    if (!best) continue;
    used.add(best.id);
    const match = scored.find((item) => item.sentence.id === best.id);
    if (match) chosen.push(match);
    themed.push({ text: `${theme.label[language]}: ${itemText(best.text)}`, seqs: [best.seq] });
  }
  const stretches = wanted - themed.length;
  const plain: ScoredSentence[] = [];
  if (stretches > 0 && totalWords > 0) {
    const bounds = stretchOf(sentences, totalWords, stretches);
    for (let stretch = 0; stretch < stretches; stretch++) {
      const pick = scored
        .filter((item) => bounds.get(item.sentence.id) === stretch && !used.has(item.sentence.id))
        .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id)
        .find((item) =>
          chosen.every((other) => cosine(item.vector, other.vector, item.norm, other.norm) < TOO_SIMILAR),
        );
      if (!pick) continue;
      used.add(pick.sentence.id);
      chosen.push(pick);
      plain.push(pick);
    }
  }
  plain.sort((a, b) => a.sentence.id - b.sentence.id);
  return [
    ...themed,
    ...plain.map((item) => ({ text: item.text || itemText(item.sentence.text), seqs: [item.sentence.seq] })),
  ];
}

function bestMatching(
  scored: readonly ScoredSentence[],
  sentences: readonly Sentence[],
  theme: Emphasis,
  used: ReadonlySet<number>,
): Sentence | null {
  let best: ScoredSentence | null = null;
  for (const item of scored) {
    if (used.has(item.sentence.id) || !theme.pattern.test(item.sentence.folded)) continue;
    if (!best || item.score > best.score) best = item;
  }
  if (best) return best.sentence;
  // Short sentences aren't summary candidates, but "I'm blocked on the keys." is a fine blocker.
  return (
    sentences.find(
      (sentence) => sentence.wordCount >= 4 && !used.has(sentence.id) && theme.pattern.test(sentence.folded),
    ) ?? null
  );
}

/** Sentence id → which of `count` equal word spans of the meeting it falls in. */
function stretchOf(sentences: readonly Sentence[], totalWords: number, count: number): Map<number, number> {
  const bounds = new Map<number, number>();
  let words = 0;
  for (const sentence of sentences) {
    bounds.set(sentence.id, Math.min(count - 1, Math.floor((words / totalWords) * count)));
    words += sentence.wordCount;
  }
  return bounds;
}
