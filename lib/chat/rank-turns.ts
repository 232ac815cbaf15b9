import { fold } from "@/lib/kernel/text/fold";
import { type Language, stem } from "@/lib/kernel/text/stem";
import { words } from "@/lib/kernel/text/tokenize";
import { FUNCTION_WORDS } from "./function-words";
import type { QueryAnalysis, QueryTerm } from "./query-terms";
import { joinSpelled } from "./verbatim";

/** A transcript turn the database matched (or a neighbour of one). */
export type Turn = {
  meetingId: string;
  seq: number;
  speaker: string;
  text: string;
  startMs: number;
  language: Language;
  /** Distinct lexemes, as Postgres counts them (`length(search)`); the BM25 document length. */
  length: number;
};

/** How common each query term is across the turns in scope, for IDF. */
export type CorpusStats = { turns: number; avgLength: number; df: number[] };

export type ScoredTurn = Turn & {
  /** BM25 of the turn alone. */
  own: number;
  /** Own score plus the weighted scores of nearby turns and the boosts. */
  score: number;
  /** Share of the question's weighted terms the turn (alone) contains. */
  coverage: number;
  /** The question's words (`QueryTerm.source`) the turn contains, itself or through a synonym. */
  matched: string[];
};

export type RankOptions = {
  k1?: number;
  b?: number;
  /** How much the scores of nearby turns add (topics span several turns). */
  context?: number;
  /** Turns either side that count as context, with linearly decaying weight (a cap when `windowMs` is set). */
  window?: number;
  /** Talk within this many milliseconds either side counts as context, nearer counting more (0: use `window`). */
  windowMs?: number;
  speakerBoost?: number;
  /** Weight left to question words that name a speaker ("what did the Project Manager…"). */
  nameWeight?: number;
  /** Extra score, as a share of the two words' weights, when a turn has two of the question's words side by side. */
  phrase?: number;
  /** Extra share of a turn's score per additional distinct question word it contains. */
  coordination?: number;
  /** Extra score for turns the meeting's notes (key points, decisions, action items) cite on this topic. */
  noteBoosts?: Map<string, number>;
};

// Tuned on QMSum val (bench/chat): see the figures bench/chat/run.ts prints.
export const RANK_DEFAULTS = {
  k1: 1.2,
  b: 0.75,
  context: 1,
  windowMs: 90_000,
  window: 40,
  speakerBoost: 1.5,
  nameWeight: 0.5,
  phrase: 0,
  coordination: 1,
};

const ANNOTATION = /\{[^{}]*\}|\[[^[\]]*\]/g;
// Labels that say what someone is rather than who: "Grad D", "Hon. Anita Anand", "Huw Lewis AM".
const GENERIC_SPEAKER_WORDS = new Set(
  "speaker hablante grad phd am mp ms mr mrs dr hon the of and minister leader member chair sr sra".split(
    " ",
  ),
);

export const turnKey = (turn: { meetingId: string; seq: number }) => `${turn.meetingId}:${turn.seq}`;

/** Stems of a turn's words in order, function words left out. */
export function stemSequence(text: string, language: Language): string[] {
  const stems: string[] = [];
  for (const word of words(joinSpelled(text).replace(ANNOTATION, " "))) {
    const folded = fold(word);
    if (folded.length < 2 || FUNCTION_WORDS.has(folded)) continue;
    stems.push(stem(folded, language));
  }
  return stems;
}

export function stemCounts(text: string, language: Language): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of stemSequence(text, language)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function idf(df: number, turns: number): number {
  return Math.log(1 + (turns - df + 0.5) / (df + 0.5));
}

export type SpeakerMatch = {
  speakers: Set<string>;
  /** English stems of the name words the question used, so those words stop counting as topic words. */
  nameStems: Set<string>;
  /** The question used every distinctive word of the speakers' names (not just "design" of "Industrial Designer"). */
  complete: boolean;
};

/** Speakers the question names: the speakers with the largest share of their name words in the question. */
export function mentionedSpeakers(query: QueryAnalysis, speakers: Iterable<string>): SpeakerMatch {
  const hints = new Set(query.speakerHints.map((hint) => (hint.length > 1 ? stem(hint, "en") : hint)));
  let best = 0;
  const scored: { speaker: string; found: number; stems: string[] }[] = [];
  for (const speaker of new Set(speakers)) {
    const parts = words(fold(speaker.replace(/\([^)]*\)/g, " ")))
      .filter((part) => !GENERIC_SPEAKER_WORDS.has(part))
      .map((part) => (part.length > 1 ? stem(part, "en") : part));
    if (parts.length === 0) continue;
    const stems = parts.filter((part) => hints.has(part));
    const found = stems.length / parts.length;
    if (found === 0) continue;
    scored.push({ speaker, found, stems });
    best = Math.max(best, found);
  }
  const chosen = scored.filter((entry) => entry.found === best);
  return {
    complete: best === 1,
    speakers: new Set(chosen.map((entry) => entry.speaker)),
    nameStems: new Set([
      ...chosen.flatMap((entry) => entry.stems),
      ...[...GENERIC_SPEAKER_WORDS].map((w) => stem(w, "en")),
    ]),
  };
}

/**
 * Ranks turns for a question: BM25 of each turn, plus the BM25 of the stretch of talk around it
 * as one passage (a topic runs over several turns, and the turn that answers often says "yes, that
 * one" without the topic's words), plus boosts for turns by a speaker the question names and turns
 * the notes cite.
 */
export function rankTurns(
  query: QueryAnalysis,
  turns: readonly Turn[],
  stats: CorpusStats,
  options: RankOptions = {},
): ScoredTurn[] {
  const k1 = options.k1 ?? RANK_DEFAULTS.k1;
  const b = options.b ?? RANK_DEFAULTS.b;
  const context = options.context ?? RANK_DEFAULTS.context;
  const window = options.window ?? RANK_DEFAULTS.window;
  const speakerBoost = options.speakerBoost ?? RANK_DEFAULTS.speakerBoost;
  const nameWeight = options.nameWeight ?? RANK_DEFAULTS.nameWeight;
  const phrase = options.phrase ?? RANK_DEFAULTS.phrase;
  const coordination = options.coordination ?? RANK_DEFAULTS.coordination;
  const windowMs = options.windowMs ?? RANK_DEFAULTS.windowMs;
  const nearness = (a: Turn, b: Turn) => {
    const turnsApart = Math.abs(a.seq - b.seq);
    if (turnsApart > window) return 0;
    return windowMs ? 1 - Math.abs(a.startMs - b.startMs) / (windowMs + 1) : 1 - turnsApart / (window + 1);
  };
  const match = mentionedSpeakers(
    query,
    turns.map((turn) => turn.speaker),
  );
  const weights = query.terms.map((term, i) => {
    const named = match.speakers.size > 0 && match.nameStems.has(term.stems.en) ? nameWeight : 1;
    return named * term.weight * idf(stats.df[i] ?? 0, Math.max(stats.turns, 1));
  });
  const totalWeight = query.terms.reduce((sum, term) => sum + term.weight, 0) || 1;
  const sources = new Map<string, number>();
  for (const term of query.terms)
    sources.set(term.source, Math.max(sources.get(term.source) ?? 0, term.weight));

  const phrases = new Array<number>(turns.length).fill(0);
  const tfs = turns.map((turn, t) => {
    const sequence = stemSequence(turn.text, turn.language);
    const counts = new Map<string, number>();
    for (const key of sequence) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [first, second] of query.pairs) {
      const a = query.terms[first]?.stems[turn.language];
      const b2 = query.terms[second]?.stems[turn.language];
      for (let i = 1; i < sequence.length; i++) {
        if (sequence[i - 1] === a && sequence[i] === b2) {
          phrases[t] = (phrases[t] ?? 0) + (phrase * ((weights[first] ?? 0) + (weights[second] ?? 0))) / 2;
          break;
        }
      }
    }
    return query.terms.map((term) => counts.get(term.stems[turn.language]) ?? 0);
  });
  const own = turns.map((turn, t) => {
    const norm = k1 * (1 - b + (b * Math.max(turn.length, 1)) / Math.max(stats.avgLength, 1));
    let score = 0;
    const covered = new Set<string>();
    (tfs[t] as number[]).forEach((tf, i) => {
      if (tf === 0) return;
      score += ((weights[i] ?? 0) * tf * (k1 + 1)) / (tf + norm);
      covered.add((query.terms[i] as QueryTerm).source);
    });
    let coverage = 0;
    for (const source of covered) coverage += sources.get(source) ?? 0;
    score = score * (1 + coordination * Math.max(0, covered.size - 1)) + (phrases[t] ?? 0);
    return { score, coverage: Math.min(1, coverage / totalWeight), matched: [...covered] };
  });

  // The passage around each turn: its neighbours' term counts, nearer ones counting more, scored
  // as one document, so a stretch that mentions several of the question's words beats one word repeated.
  const passage = new Array<number>(turns.length).fill(0);
  const byMeeting = new Map<string, number[]>();
  turns.forEach((turn, i) => {
    const list = byMeeting.get(turn.meetingId) ?? [];
    list.push(i);
    byMeeting.set(turn.meetingId, list);
  });
  for (const indexes of byMeeting.values()) {
    indexes.sort((x, y) => (turns[x] as Turn).seq - (turns[y] as Turn).seq);
    for (let a = 0; a < indexes.length; a++) {
      const i = indexes[a] as number;
      const tf = query.terms.map(() => 0);
      // Nearer talk counts more; out of reach it stops counting (turns are in seq order).
      const add = (j: number): boolean => {
        const reach = nearness(turns[i] as Turn, turns[j] as Turn);
        if (reach <= 0) return false;
        (tfs[j] as number[]).forEach((count, term) => {
          tf[term] = (tf[term] ?? 0) + count * reach;
        });
        return true;
      };
      for (let c = a; c >= 0 && add(indexes[c] as number); c--);
      for (let c = a + 1; c < indexes.length && add(indexes[c] as number); c++);
      let score = 0;
      tf.forEach((count, term) => {
        if (count > 0) score += ((weights[term] ?? 0) * count * (k1 + 1)) / (count + k1);
      });
      passage[i] = score;
    }
  }

  return turns
    .map((turn, i): ScoredTurn => {
      const base = own[i]?.score ?? 0;
      let score = base + context * (passage[i] ?? 0);
      if (match.speakers.has(turn.speaker)) score *= 1 + speakerBoost;
      score += options.noteBoosts?.get(turnKey(turn)) ?? 0;
      return { ...turn, own: base, score, coverage: own[i]?.coverage ?? 0, matched: own[i]?.matched ?? [] };
    })
    .sort((x, y) => y.score - x.score || x.seq - y.seq);
}
