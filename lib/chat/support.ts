import { fold } from "@/lib/kernel/text/fold";
import { stem } from "@/lib/kernel/text/stem";
import { wordSpans } from "@/lib/kernel/text/tokenize";
import { type FactKind, findFact, isFactWord } from "./answer-facts";
import { FUNCTION_WORDS } from "./function-words";
import { isIntentWord } from "./intents";
import { isQuestionWord } from "./query-terms";
import { idf } from "./rank-turns";
import type { Passage, Retrieval } from "./retrieve";
import { spokenText } from "./verbatim";

/** A word the question is about, how much it counts, and whether it names something (Acme, Q3, 2026). */
export type KeyTerm = { source: string; weight: number; entity: boolean; said: boolean };

export type SupportOptions = {
  /** Share of the key words' weight one stretch of talk (with its meeting's title) must contain. */
  near: number;
  /**
   * The share asked of a question with `long` key words or more: a long question words its topic
   * more ways than the talk does ("What did the marketing learn about the functions users often
   * used"), while each word of a short one is the thing asked about.
   */
  nearLong: number;
  long: number;
  /** `near` and `nearLong` for a question asking for an account of the talk rather than for a fact. */
  nearLoose: number;
  nearLongLoose: number;
  longLoose: number;
  /** What a word no one in scope says weighs, for such a question (its wording, not the talk's). */
  unsaid: number;
  /** Turns either side of a stretch's anchor that count as the stretch. */
  radius: number;
  /** Stretches, best first, that may carry the answer. */
  passages: number;
  /** The kind of fact the question asks for: a stretch giving one has the words that only ask for it. */
  fact: FactKind | null;
};

// Tuned on QMSum val (bench/chat) and the demo probes (bench/chat/probes.json).
export const SUPPORT_DEFAULTS: SupportOptions = {
  near: 0.5,
  nearLong: 0.35,
  long: 5,
  nearLoose: 0.2,
  nearLongLoose: 0.15,
  longLoose: 6,
  unsaid: 1,
  radius: 8,
  passages: 3,
  fact: null,
};

/** Words written with a capital inside the question, or with a digit: names, codes, figures. */
function entityWords(question: string): Set<string> {
  const entities = new Set<string>();
  const spans = wordSpans(question);
  spans.forEach((span, index) => {
    const folded = fold(span.word);
    if (/\d/.test(span.word)) entities.add(folded);
    else if (index > 0 && /^\p{Lu}/u.test(span.word) && span.word !== "I") entities.add(folded);
  });
  return entities;
}

// "Why…", "How did…", "¿Por qué…": asking for reasons or an account, not a fact.
const ASKS_ACCOUNT =
  /^\W*(?:why|how (?:did|do|does|was|were|is|are|will|would|could|should|can)|what (?:did|do|does)|por que|como (?:fue|se|han|ha)|que (?:opina|opinan|penso|pensaron|propuso|propusieron))\b|\b(?:decid\w*|decision\w*|acord\w*)\b/;

/**
 * Whether a question asks for an account of what was said ("What did the team think about the
 * experimental setup?", "Summarize the discussion on …") rather than for a fact ("What is the churn
 * rate?"): an account is worded in the asker's words more than the talk's, so fewer of them need be said.
 */
function asksForAccount(question: string): boolean {
  const text = fold(question);
  return ASKS_ACCOUNT.test(text) || wordSpans(text).some((span) => isQuestionWord(span.word));
}

/**
 * The question's key content words: its own words (not synonyms), not the words that only say what
 * kind of question it is, not the words naming a speaker it asks about; each weighed by how rare
 * it is in the meetings in scope. When nothing is left, its own light words stand in.
 */
export function keyTerms(retrieval: Retrieval): KeyTerm[] {
  const { query, speakers, stats } = retrieval;
  const entities = entityWords(query.text);
  const named = (source: string) => speakers.complete && speakers.nameStems.has(stem(source, "en"));
  const own = query.terms
    .map((term, i) => ({ term, df: stats.df[i] ?? 0 }))
    .filter(({ term }) => term.source === term.word && !named(term.source));
  const strong = own.filter(({ term }) => term.weight >= 1 && !isIntentWord(term.word));
  return (strong.length ? strong : own).map(({ term, df }) => ({
    source: term.source,
    weight: term.weight * idf(df, Math.max(stats.turns, 1)),
    entity: entities.has(term.source),
    said: df > 0,
  }));
}

// "How many trucks…", "¿Cuántos camiones…": the thing counted.
const COUNTED = /\b(?:how (?:many|much)|cuant[oa]s?)\s+([\p{L}]+)/u;
// Measures the talk gives without naming them ("forty-nine euros", "two weeks", "ten of us").
const MEASURES = new Set("money time people persons dinero tiempo personas gente".split(" "));

/** The word naming what a "how many" question counts ("trucks"), when it names it. */
export function countedWord(question: string): string | null {
  const word = COUNTED.exec(fold(question))?.[1];
  if (!word || FUNCTION_WORDS.has(word) || isFactWord(word) || isQuestionWord(word) || MEASURES.has(word))
    return null;
  return word;
}

function titleWords(title: string): Set<string> {
  const found = new Set<string>();
  for (const span of wordSpans(title)) {
    const folded = fold(span.word);
    found.add(folded);
    found.add(stem(folded, "en"));
    found.add(stem(folded, "es"));
  }
  return found;
}

const inTitle = (words: ReadonlySet<string>, source: string) =>
  words.has(source) || words.has(stem(source, "en")) || words.has(stem(source, "es"));

/**
 * Whether the meetings in scope support an answer: some of the best stretches of talk contains (in
 * its turns or its meeting's title) most of the question's key words, and every name or figure the
 * question uses occurs in that meeting. "What was our Q3 revenue?" is not supported by "Q3" in one
 * meeting and "revenue" in another; "How many dispatchers does Acme have?" is, by "dispatchers"
 * said in the meeting titled "…Acme Logistics…". Returns the supported stretch, best first, or null.
 */
export function supportingPassage(
  retrieval: Retrieval,
  options: Partial<SupportOptions> = {},
): Passage | null {
  const settings = { ...SUPPORT_DEFAULTS, ...options };
  const strict = settings.fact !== null || !asksForAccount(retrieval.query.text);
  const terms = keyTerms(retrieval).map((term) =>
    strict || term.said ? term : { ...term, weight: term.weight * settings.unsaid },
  );
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  if (terms.length === 0 || total === 0) return null;
  const counted = countedWord(retrieval.query.text);
  const titles = new Map(retrieval.meetings.map((meeting) => [meeting.id, titleWords(meeting.title)]));
  const said = new Map<string, Set<string>>();
  for (const turn of retrieval.ranked) {
    const words = said.get(turn.meetingId) ?? new Set<string>();
    for (const source of turn.matched) words.add(source);
    said.set(turn.meetingId, words);
  }
  for (const passage of retrieval.passages.slice(0, settings.passages)) {
    const title = titles.get(passage.meetingId) ?? new Set<string>();
    const meeting = said.get(passage.meetingId) ?? new Set<string>();
    const speaks = (source: string) => retrieval.speakers.nameStems.has(stem(source, "en"));
    const entitiesThere = terms
      .filter((term) => term.entity)
      .every((term) => meeting.has(term.source) || inTitle(title, term.source) || speaks(term.source));
    if (!entitiesThere) continue;
    // A word only the title has picks the meeting ("Acme" of "…Acme Logistics…"); the rest of the
    // question must still be said ("employees" for "How many employees does Northwind have?").
    const asked = terms.filter((term) => meeting.has(term.source) || !inTitle(title, term.source));
    const askedTotal = asked.reduce((sum, term) => sum + term.weight, 0);
    if (askedTotal === 0) return passage;
    const covered = new Set<string>();
    for (const turn of retrieval.ranked) {
      if (turn.meetingId !== passage.meetingId || Math.abs(turn.seq - passage.anchor.seq) > settings.radius)
        continue;
      for (const source of turn.matched) covered.add(source);
    }
    if (settings.fact && terms.some((term) => isFactWord(term.source))) {
      const kind = settings.fact;
      const gives = passage.turns.some(
        (turn) =>
          findFact(kind, spokenText(turn.text), { topicStems: new Set(), language: turn.language }) !== null,
      );
      if (gives) for (const term of terms) if (isFactWord(term.source)) covered.add(term.source);
    }
    // What a "how many" question counts must be said there: sixty days are no count of trucks.
    if (counted && terms.some((term) => term.source === counted) && !covered.has(counted)) continue;
    const weight = asked
      .filter((term) => covered.has(term.source))
      .reduce((sum, term) => sum + term.weight, 0);
    const needed = strict
      ? asked.length >= settings.long
        ? settings.nearLong
        : settings.near
      : asked.length >= settings.longLoose
        ? settings.nearLongLoose
        : settings.nearLoose;
    if (weight / askedTotal >= needed) return passage;
  }
  return null;
}
