import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { stem } from "@/lib/kernel/text/stem";
import { isContentWord } from "@/lib/kernel/text/stopwords";
import { words } from "@/lib/kernel/text/tokenize";

export type TermVector = Map<string, number>;

const stemOfWord = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

/** Stems of the content words of `text`, in order, repeats kept. */
export function contentStems(text: string, language: Language): string[] {
  const stems: string[] = [];
  for (const word of words(text)) {
    const key = `${language}:${word}`;
    let found = stemOfWord.get(key);
    if (found === undefined) {
      const folded = fold(word);
      found = isContentWord(folded, language) ? stem(folded, language) : null;
      if (stemOfWord.size >= CACHE_LIMIT) stemOfWord.clear();
      stemOfWord.set(key, found);
    }
    if (found !== null) stems.push(found);
  }
  return stems;
}

/** Inverse document frequency over `documents` (each a list of stems), smoothed so no weight is 0. */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  const total = documents.length;
  for (const [term, count] of df) idf.set(term, Math.log((1 + total) / (1 + count)) + 1);
  return idf;
}

export function weightedVector(stems: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const vector: TermVector = new Map();
  for (const term of stems) vector.set(term, (vector.get(term) ?? 0) + (idf.get(term) ?? 1));
  return vector;
}

export function norm(vector: TermVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += value * other;
  }
  return dot / (normA * normB);
}
