import type { Sentence } from "@/lib/insights/sentences";
import type { Language } from "@/lib/kernel/text/stem";
import { countWords, foldedWords } from "@/lib/kernel/text/tokenize";
import { compressSentence } from "./compress-sentence";
import type { TermVector } from "./term-vectors";
import { contentStems, inverseDocumentFrequency, norm, weightedVector } from "./term-vectors";

export type ScoredSentence = {
  sentence: Sentence;
  /** The sentence as a summary shows it (see `compressSentence`). */
  text: string;
  words: number;
  vector: TermVector;
  norm: number;
  score: number;
};

export type ScoringOptions = {
  minWords: number;
  maxWords: number;
  centroidTerms: number;
  lengthExponent: number;
  earlyBonus: number;
  chatPenalty: number;
  questionFactor: number;
  proseWeight: number;
};

export const DEFAULT_SCORING: ScoringOptions = {
  minWords: 6,
  maxWords: 45,
  centroidTerms: 200,
  lengthExponent: 0.8,
  earlyBonus: 0.15,
  chatPenalty: 2,
  questionFactor: 0.6,
  proseWeight: 15,
};

const BLOCK_WORDS = 120;
// Articles and prepositions: their share marks descriptive, noun-phrase-rich sentences.
const PROSE_WORDS = new Set(
  "the a an of to in for with on at by from about el la los las un una de del en con para por al sobre".split(
    " ",
  ),
);
// First and second person and backchannel: talk about the conversation rather than its subject.
const CHAT_WORDS = new Set(
  "i i'm i'll i've i'd me my you you're you'll your yeah yes okay ok oh well yo me mi tu te vale si bueno".split(
    " ",
  ),
);

/**
 * Scores candidate sentences by how much of the meeting's central vocabulary (a TF-IDF centroid,
 * IDF over ~120-word blocks) they cover per word, then favours the opening (where agendas are
 * stated), descriptive sentences (a high share of articles and prepositions) over chat (I, you,
 * yeah), and statements over questions. Sentences outside the length bounds, or with fewer than
 * three content words, are not candidates unless nothing else is.
 */
export function scoreSentences(
  sentences: readonly Sentence[],
  language: Language,
  options: ScoringOptions = DEFAULT_SCORING,
): ScoredSentence[] {
  if (sentences.length === 0) return [];
  const stems = sentences.map((sentence) => contentStems(sentence.text, language));
  const idf = inverseDocumentFrequency(blocks(sentences, stems));
  const centroid = topTerms(weightedVector(stems.flat(), idf), options.centroidTerms);
  const last = sentences.at(-1)?.id ?? 1;
  const scored: ScoredSentence[] = [];
  const candidate = (sentence: Sentence, own: string[], strict: boolean) =>
    strict
      ? sentence.wordCount >= options.minWords &&
        sentence.wordCount <= options.maxWords &&
        new Set(own).size >= 3
      : own.length > 0;
  const strict = sentences.some((sentence, index) => candidate(sentence, stems[index] as string[], true));
  sentences.forEach((sentence, index) => {
    const own = stems[index] as string[];
    if (!candidate(sentence, own, strict)) return;
    let coverage = 0;
    for (const term of new Set(own)) coverage += centroid.get(term) ?? 0;
    const tokens = foldedWords(sentence.text);
    const chat = tokens.filter((token) => CHAT_WORDS.has(token)).length / Math.max(1, tokens.length);
    let score = coverage / sentence.wordCount ** options.lengthExponent;
    score *= 1 + options.earlyBonus * Math.max(0, 1 - (10 * sentence.id) / Math.max(1, last));
    score *= Math.max(0, 1 - options.chatPenalty * chat);
    const prose = tokens.filter((token) => PROSE_WORDS.has(token)).length / Math.max(1, tokens.length);
    score *= 1 + options.proseWeight * prose;
    if (/[?¿]/.test(sentence.text)) score *= options.questionFactor;
    const text = compressSentence(sentence.text);
    if (!text) return;
    const vector = weightedVector(own, idf);
    scored.push({ sentence, text, words: countWords(text), vector, norm: norm(vector), score });
  });
  return scored;
}

function blocks(sentences: readonly Sentence[], stems: readonly string[][]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let words = 0;
  sentences.forEach((sentence, index) => {
    current.push(...(stems[index] as string[]));
    words += sentence.wordCount;
    if (words >= BLOCK_WORDS) {
      out.push(current);
      current = [];
      words = 0;
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

function topTerms(vector: TermVector, count: number): TermVector {
  const sorted = [...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = sorted.slice(0, count);
  const max = top[0]?.[1] ?? 1;
  return new Map(top.map(([term, value]) => [term, value / max]));
}
