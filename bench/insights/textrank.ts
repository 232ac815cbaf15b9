import { contentStems } from "@/lib/insights/local/term-vectors";
import { cleanSegments, sentencesOf } from "@/lib/insights/sentences";
import type { Segment } from "@/lib/insights/types";
import type { Language } from "@/lib/kernel/text/stem";

const DAMPING = 0.85;
const ITERATIONS = 50;

/**
 * TextRank (Mihalcea & Tarau 2004) baseline: a graph of sentences weighted by the original
 * overlap similarity |Si ∩ Sj| / (log|Si| + log|Sj|) on content-word stems, PageRank, then the
 * top sentences in meeting order until `targetWords`. Same cleaning as the engine, so only the
 * selection differs.
 */
export function textRankSummary(
  segments: readonly Segment[],
  targetWords: number,
  language: Language = "en",
): string[] {
  const sentences = sentencesOf(cleanSegments(segments));
  const nodes = sentences
    .map((sentence) => ({ sentence, terms: new Set(contentStems(sentence.text, language)) }))
    .filter((node) => node.terms.size >= 2);
  const postings = new Map<string, number[]>();
  nodes.forEach((node, index) => {
    for (const term of node.terms) {
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  const edges: Map<number, number>[] = nodes.map(() => new Map());
  nodes.forEach((node, i) => {
    const common = new Map<number, number>();
    for (const term of node.terms) {
      for (const j of postings.get(term) ?? []) if (j !== i) common.set(j, (common.get(j) ?? 0) + 1);
    }
    for (const [j, shared] of common) {
      const other = nodes[j] as (typeof nodes)[number];
      (edges[i] as Map<number, number>).set(
        j,
        shared / (Math.log(node.terms.size) + Math.log(other.terms.size)),
      );
    }
  });
  const outWeight = edges.map((edge) => [...edge.values()].reduce((sum, weight) => sum + weight, 0));
  let rank = nodes.map(() => 1 / Math.max(1, nodes.length));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = nodes.map(() => (1 - DAMPING) / nodes.length);
    edges.forEach((edge, i) => {
      const share = (rank[i] as number) / ((outWeight[i] as number) || 1);
      for (const [j, weight] of edge) next[j] = (next[j] as number) + DAMPING * share * weight;
    });
    rank = next;
  }
  const order = nodes
    .map((_, index) => index)
    .sort((a, b) => (rank[b] as number) - (rank[a] as number) || a - b);
  const picked: number[] = [];
  let words = 0;
  for (const index of order) {
    if (words >= targetWords) break;
    const length = (nodes[index] as (typeof nodes)[number]).sentence.wordCount;
    // Same length rule as the engine: skip a sentence that would overshoot the budget by a quarter.
    if (words > 0 && words + length > targetWords * 1.25) continue;
    picked.push(index);
    words += length;
  }
  return picked.sort((a, b) => a - b).map((index) => (nodes[index] as (typeof nodes)[number]).sentence.text);
}
