import type { ScoredSentence } from "./sentence-scores";
import { cosine } from "./term-vectors";

export type SummaryOptions = {
  /** Word budget; the summary stops at the first sentence that reaches it. */
  targetWords: number;
  /** Share of the meeting's words the summary may take, so a short meeting gets a short summary. */
  maxShare: number;
  /** MMR trade-off: 1 = pure relevance, 0 = pure novelty. */
  lambda: number;
  /** Only the best `pool` candidates are considered, which keeps long meetings fast. */
  pool: number;
  /** Bonus for a sentence by a speaker the summary doesn't quote yet. */
  newSpeakerBonus: number;
};

export const DEFAULT_SUMMARY: SummaryOptions = {
  targetWords: 130,
  maxShare: 0.35,
  lambda: 0.45,
  pool: 300,
  newSpeakerBonus: 0.1,
};

/**
 * Picks sentences by maximal marginal relevance (score against similarity to what is already
 * picked, plus a little for voices not yet quoted) until the word budget is reached, then
 * restores meeting order.
 */
export function pickSummarySentences(
  scored: readonly ScoredSentence[],
  totalWords: number,
  options: SummaryOptions = DEFAULT_SUMMARY,
): ScoredSentence[] {
  const budget = Math.min(options.targetWords, Math.max(12, Math.round(totalWords * options.maxShare)));
  const pool = [...scored]
    .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id)
    .slice(0, options.pool);
  const best = pool[0]?.score ?? 0;
  if (best <= 0) return [];
  const speakers = new Set<string>();
  const picked: ScoredSentence[] = [];
  const remaining = new Set(pool);
  let words = 0;
  while (words < budget && remaining.size > 0) {
    let choice: ScoredSentence | null = null;
    let choiceValue = Number.NEGATIVE_INFINITY;
    for (const candidate of remaining) {
      let redundancy = 0;
      for (const chosen of picked) {
        redundancy = Math.max(
          redundancy,
          cosine(candidate.vector, chosen.vector, candidate.norm, chosen.norm),
        );
      }
      let value = options.lambda * (candidate.score / best) - (1 - options.lambda) * redundancy;
      if (!speakers.has(candidate.sentence.speaker)) value += options.newSpeakerBonus;
      if (value > choiceValue) {
        choice = candidate;
        choiceValue = value;
      }
    }
    if (!choice) break;
    remaining.delete(choice);
    if (words > 0 && words + choice.words > budget * 1.25) continue;
    picked.push(choice);
    speakers.add(choice.sentence.speaker);
    words += choice.words;
  }
  return picked.sort((a, b) => a.sentence.id - b.sentence.id);
}
