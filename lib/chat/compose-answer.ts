import { cleanText } from "@/lib/insights/local/clean-text";
import { compressSentence } from "@/lib/insights/local/compress-sentence";
import { splitSentences } from "@/lib/insights/local/sentences";
import { isContentWord } from "@/lib/insights/local/stopwords";
import { countWords } from "@/lib/insights/local/tokenize";
import { type Citation, citationOf } from "./citations";
import { idf, stemCounts } from "./rank-turns";
import type { Passage, Retrieval } from "./retrieve";
import { spellOut } from "./spell-out";

/**
 * One sentence of an answer and the transcript lines it rests on; a quoted sentence also names its
 * speaker (consecutive sentences of one speaker share one label when shown).
 */
export type AnswerSentence = { text: string; cites: Citation[]; speaker?: string };

export type ComposeOptions = {
  /** Stop adding sentences past this many words. */
  maxWords?: number;
  maxSentences?: number;
  /** Sentences taken from each stretch of talk, best stretch first (the last number repeats). */
  perPassage?: number | number[];
  minWords?: number;
  /** A longer sentence is cut to this many words. */
  cutAt?: number;
  /** Weights of what makes a sentence a good answer line. */
  weights?: Partial<SentenceWeights>;
};

type SentenceWeights = {
  /** The question's words it contains (IDF-weighted, per √length). */
  lexical: number;
  /** It is the turn the stretch was found by. */
  anchor: number;
  /** How well its stretch ranked. */
  rank: number;
  /** How much it shares the vocabulary of its stretch of talk (what the stretch is about). */
  central: number;
  /** It was said by a speaker the question names. */
  speaker: number;
  /** Longer sentences say more (up to 20 words). */
  length: number;
  /** Share of content words: talk padded with "you know, I mean" says less. */
  density: number;
  /** Questions ask rather than tell. */
  question: number;
};

// Tuned on QMSum val (bench/chat).
const WEIGHTS: SentenceWeights = {
  lexical: 0.5,
  anchor: 0.5,
  rank: 1,
  central: 3,
  speaker: 1,
  length: 2,
  density: 0,
  question: 1,
};

type Candidate = {
  passage: number;
  turn: Passage["turns"][number];
  text: string;
  words: number;
  score: number;
  tokens: Set<string>;
};

// About a hundred words quoting ten or so moments: two sentences from the best, one from each next.
const ANSWER_DEFAULTS = { maxWords: 115, maxSentences: 12, perPassage: [2, 1], minWords: 6, cutAt: 16 };

function cut(sentence: string, limit: number): string {
  const words = sentence.split(/\s+/);
  if (words.length <= limit) return sentence;
  return `${words
    .slice(0, limit)
    .join(" ")
    .replace(/[\s,;:.]+$/, "")}…`;
}

/**
 * A run-on sentence (common in speech) split at its commas into stretches of about `limit`
 * words, so the part that answers can be quoted instead of the first `limit` words.
 */
function pieces(sentence: string, limit: number): string[] {
  if (countWords(sentence) <= limit) return [sentence];
  const clauses = sentence.split(/(?<=[,;:])\s+/);
  const out: string[] = [];
  let current = "";
  for (const clause of clauses) {
    if (current && countWords(current) + countWords(clause) > limit) {
      out.push(current);
      current = clause;
    } else current = current ? `${current} ${clause}` : clause;
  }
  if (current) out.push(current);
  return out;
}

function similar(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size)) > 0.6;
}

/**
 * The sentences that best answer the question, taken from the retrieved stretches of talk in
 * turn (best stretch first, a few from each) so the answer quotes each relevant moment once;
 * each sentence is labelled with its speaker and cites its transcript line.
 */
export function composeFromPassages(retrieval: Retrieval, options: ComposeOptions = {}): AnswerSentence[] {
  const settings = { ...ANSWER_DEFAULTS, ...options };
  const weight = { ...WEIGHTS, ...options.weights };
  const { query, stats } = retrieval;
  const named = retrieval.speakers.complete ? retrieval.speakers.speakers : new Set<string>();
  const weights = query.terms.map((term, i) => term.weight * idf(stats.df[i] ?? 0, Math.max(stats.turns, 1)));
  const topScore = retrieval.passages[0]?.score ?? 1;
  const byPassage: Candidate[][] = retrieval.passages.map((passage, index) => {
    const found: Candidate[] = [];
    const topic = new Map<string, number>();
    const sentences = passage.turns.flatMap((turn) =>
      splitSentences(cleanText(turn.text))
        .flatMap((raw) => pieces(raw, settings.cutAt))
        .map((raw) => {
          const compressed = compressSentence(raw);
          const text = cut(turn.language === "en" ? spellOut(compressed) : compressed, settings.cutAt);
          const content = [...stemCounts(text, turn.language)].filter(([key]) =>
            isContentWord(key, turn.language),
          );
          for (const [key, count] of content) topic.set(key, (topic.get(key) ?? 0) + count);
          return { turn, text, content };
        }),
    );
    const topicNorm = Math.sqrt([...topic.values()].reduce((sum, count) => sum + count * count, 0)) || 1;
    for (const { turn, text, content } of sentences) {
      const words = countWords(text);
      if (words < settings.minWords) continue;
      const counts = stemCounts(text, turn.language);
      let lexical = 0;
      query.terms.forEach((term, i) => {
        if (counts.has(term.stems[turn.language])) lexical += weights[i] ?? 0;
      });
      let shared = 0;
      for (const [key] of content) shared += topic.get(key) ?? 0;
      const central = content.length ? shared / (Math.sqrt(content.length) * topicNorm) : 0;
      const score =
        (weight.lexical * lexical) / Math.sqrt(words) +
        (turn.seq === passage.anchor.seq ? weight.anchor : 0) +
        (weight.rank * passage.score) / Math.max(topScore, 1e-9) +
        weight.central * central +
        (named.has(turn.speaker) ? weight.speaker : 0) +
        (weight.length * Math.min(words, 20)) / 20 +
        (weight.density * content.reduce((sum, [, count]) => sum + count, 0)) / Math.max(words, 1) -
        (text.trimEnd().endsWith("?") ? weight.question : 0);
      found.push({ passage: index, turn, text, words, score, tokens: new Set(counts.keys()) });
    }
    return found.sort((a, b) => b.score - a.score);
  });

  const quota = (index: number) => {
    const per = settings.perPassage;
    return Array.isArray(per) ? (per[Math.min(index, per.length - 1)] ?? 1) : per;
  };
  const chosen: Candidate[] = [];
  let words = 0;
  for (const [index, candidates] of byPassage.entries()) {
    for (let taken = 0; taken < quota(index); taken++) {
      const next = candidates.find((candidate) => !chosen.some((c) => similar(c.tokens, candidate.tokens)));
      if (!next || chosen.length >= settings.maxSentences) break;
      if (chosen.length > 0 && words + next.words > settings.maxWords) break;
      chosen.push(next);
      words += next.words;
      candidates.splice(candidates.indexOf(next), 1);
    }
  }
  // Grouped by speaker (in order of first appearance) so each speaker's label is shown once.
  const speakers = [...new Set(chosen.map((candidate) => candidate.turn.speaker))];
  return speakers.flatMap((speaker) =>
    chosen
      .filter((candidate) => candidate.turn.speaker === speaker)
      .map((candidate) => ({ text: candidate.text, cites: [citationOf(candidate.turn)], speaker })),
  );
}

export type Evidence = "answers" | "related" | "none";

/**
 * How well the meetings in scope cover the question. "none": no topic word of the question occurs
 * near the best stretches of talk. "answers": most of its topic words (weighed by IDF, so a rare
 * word counts most) occur in the meetings, and some near one of the best three stretches.
 * "related": only the second holds, so the talk touches the topic without answering it.
 * Words naming a speaker the question asks about don't count: they are labels, not talk.
 */
export function judgeEvidence(
  retrieval: Retrieval,
  options: { present?: number; nearby?: number; radius?: number } = {},
): Evidence {
  const { present = 0.4, nearby = 0.1, radius = 6 } = options;
  const { query, speakers, stats } = retrieval;
  const named = (stem: string) => speakers.complete && speakers.nameStems.has(stem);
  const own = query.terms
    .map((term, i) => ({ term, df: stats.df[i] ?? 0 }))
    .filter(({ term }) => term.source === term.word && !named(term.stems.en));
  const strong = own.filter(({ term }) => term.weight >= 1);
  const counted = (strong.length ? strong : own).map(({ term, df }) => ({
    source: term.source,
    df,
    weight: term.weight * idf(df, Math.max(stats.turns, 1)),
  }));
  const total = counted.reduce((sum, entry) => sum + entry.weight, 0);
  if (total === 0) return "none";
  const near = retrieval.passages.slice(0, 3).some((passage) => {
    const covered = new Set<string>();
    for (const turn of retrieval.ranked) {
      if (turn.meetingId !== passage.meetingId || Math.abs(turn.seq - passage.anchor.seq) > radius) continue;
      for (const source of turn.matched) covered.add(source);
    }
    const weight = counted.filter((entry) => covered.has(entry.source)).reduce((sum, e) => sum + e.weight, 0);
    return weight / total >= nearby;
  });
  if (!near) return "none";
  const found = counted.filter((entry) => entry.df > 0).reduce((sum, entry) => sum + entry.weight, 0);
  return found / total >= present ? "answers" : "related";
}
