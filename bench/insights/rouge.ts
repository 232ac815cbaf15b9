import { stemmer } from "stemmer";

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's `rouge-score` defines them with
 * `use_stemmer=True`: lowercase, non-[a-z0-9] runs become spaces, tokens longer than 3
 * characters are Porter-stemmed; Lsum is the summary-level LCS over newline-separated sentences,
 * each reference token counted at most once.
 */
export type RougeScore = { precision: number; recall: number; f1: number };
export type RougeScores = { rouge1: RougeScore; rouge2: RougeScore; rougeLsum: RougeScore };

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(/\s+/)
    .filter((token) => /^[a-z0-9]+$/.test(token))
    .map((token) => (token.length > 3 ? stemmer(token) : token))
    .filter((token) => /^[a-z0-9]+$/.test(token));
}

export function rouge(target: string, prediction: string): RougeScores {
  const targetTokens = rougeTokens(target);
  const predictionTokens = rougeTokens(prediction);
  return {
    rouge1: rougeN(targetTokens, predictionTokens, 1),
    rouge2: rougeN(targetTokens, predictionTokens, 2),
    rougeLsum: rougeLsum(lines(target), lines(prediction)),
  };
}

function lines(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map(rougeTokens);
}

function score(hits: number, predicted: number, reference: number): RougeScore {
  const precision = predicted > 0 ? hits / predicted : 0;
  const recall = reference > 0 ? hits / reference : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(target: readonly string[], prediction: readonly string[], n: number): RougeScore {
  const targetGrams = ngrams(target, n);
  const predictionGrams = ngrams(prediction, n);
  let hits = 0;
  for (const [gram, count] of targetGrams) hits += Math.min(count, predictionGrams.get(gram) ?? 0);
  const total = (grams: Map<string, number>) => [...grams.values()].reduce((sum, count) => sum + count, 0);
  // rouge-score divides by max(count, 1), which only differs from `score` when a side is empty.
  return score(hits, Math.max(total(predictionGrams), 1), Math.max(total(targetGrams), 1));
}

/** Indices into `ref` of one LCS of `ref` and `can`, backtracked as rouge-score does. */
function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const cols = can.length + 1;
  const table = new Uint32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  const indices: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) j--;
    else i--;
  }
  return indices.reverse();
}

export function rougeLsum(target: readonly string[][], prediction: readonly string[][]): RougeScore {
  const m = target.reduce((sum, sentence) => sum + sentence.length, 0);
  const n = prediction.reduce((sum, sentence) => sum + sentence.length, 0);
  if (target.length === 0 || prediction.length === 0 || m === 0 || n === 0) return score(0, 0, 0);
  const targetCounts = new Map<string, number>();
  const predictionCounts = new Map<string, number>();
  for (const sentence of target)
    for (const t of sentence) targetCounts.set(t, (targetCounts.get(t) ?? 0) + 1);
  for (const sentence of prediction)
    for (const t of sentence) predictionCounts.set(t, (predictionCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const reference of target) {
    const union = new Set<number>();
    for (const candidate of prediction)
      for (const index of lcsIndices(reference, candidate)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = reference[index] as string;
      if ((predictionCounts.get(token) ?? 0) > 0 && (targetCounts.get(token) ?? 0) > 0) {
        hits++;
        predictionCounts.set(token, (predictionCounts.get(token) as number) - 1);
        targetCounts.set(token, (targetCounts.get(token) as number) - 1);
      }
    }
  }
  return score(hits, n, m);
}
