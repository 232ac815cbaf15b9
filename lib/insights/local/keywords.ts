import type { CleanSegment } from "@/lib/insights/sentences";
import type { Insights } from "@/lib/insights/types";
import type { Language } from "@/lib/kernel/text/stem";
import type { KeywordCandidate } from "./keyword-candidates";
import { keywordCandidates } from "./keyword-candidates";

type Keyword = Insights["keywords"][number];

const LIMIT = 10;
// Terms said once only pad a short meeting's list up to this many.
const MIN_KEYWORDS = 5;
// A phrase mostly said inside a longer one gives way to it ("remote" inside "remote control").
const SUBSUMED = 0.7;

/**
 * The meeting's top ~10 terms: phrases of 1–3 words (stopwords of both languages and
 * participants' names excluded) grouped by stem so "budget"/"budgets" count together, longer
 * phrases preferred when repeated, each shown in its most frequent spelling with every segment
 * it occurs in. Terms said only once appear only to fill a short meeting's list to five.
 */
export function extractKeywords(
  segments: readonly CleanSegment[],
  language: Language,
  isName: (folded: string) => boolean,
): Keyword[] {
  const pool = [...keywordCandidates(segments, language, isName).values()].filter(
    (candidate) => candidate.size === 1 || candidate.count >= 2,
  );
  const containing = new Map<string, number>();
  for (const phrase of pool) {
    const stems = phrase.key.split(" ");
    for (let size = 1; size < stems.length; size++) {
      for (let start = 0; start + size <= stems.length; start++) {
        const part = stems.slice(start, start + size).join(" ");
        containing.set(part, Math.max(containing.get(part) ?? 0, phrase.count));
      }
    }
  }
  const kept = pool.filter((candidate) => (containing.get(candidate.key) ?? 0) < SUBSUMED * candidate.count);
  const score = (candidate: KeywordCandidate) => candidate.count * (1 + 0.5 * (candidate.size - 1));
  kept.sort((a, b) => score(b) - score(a) || b.seqs.size - a.seqs.size || (a.key < b.key ? -1 : 1));
  const repeated = kept.filter((candidate) => candidate.count >= 2).slice(0, LIMIT);
  const once = kept
    .filter((candidate) => candidate.count < 2)
    .slice(0, Math.max(0, MIN_KEYWORDS - repeated.length));
  return [...repeated, ...once].map((candidate) => ({
    term: mostFrequent(candidate.surfaces),
    count: candidate.count,
    seqs: [...candidate.seqs].sort((a, b) => a - b),
  }));
}

function mostFrequent(surfaces: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [surface, count] of surfaces) {
    if (count > bestCount || (count === bestCount && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
