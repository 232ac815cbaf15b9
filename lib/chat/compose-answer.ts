import { splitSentences } from "@/lib/insights/sentences";
import { cleanText } from "@/lib/kernel/text/clean-text";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { isContentWord } from "@/lib/kernel/text/stopwords";
import { countWords } from "@/lib/kernel/text/tokenize";
import { type FactKind, factSentence, findFact } from "./answer-facts";
import { type Citation, citationOf } from "./citations";
import { idf, stemCounts } from "./rank-turns";
import type { Passage, Retrieval } from "./retrieve";
import { cutQuote, isVerbatim, spokenText, trimEdges } from "./verbatim";

/**
 * One line of an answer and the transcript lines it rests on: a line of talk (the leading one or a
 * quote backing it) also names its speaker; a note (action item, decision, summary) does not.
 */
export type AnswerSentence = {
  text: string;
  cites: Citation[];
  speaker?: string;
  /** "lead": the line that answers; "quote": a line backing it. Both are the speaker's own words. */
  role?: "lead" | "quote";
  /** The number, date or name the question asked for, as a sentence opening the answer. */
  fact?: string;
};

export type ComposeOptions = {
  /** Stop adding sentences past this many words. */
  maxWords?: number;
  /** Quotes after the leading line. */
  maxQuotes?: number;
  /** Sentences taken from each stretch of talk, best stretch first (the last number repeats). */
  perPassage?: number | number[];
  minWords?: number;
  /** A longer quote is cut to this many words. */
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
  /** The speaker's words, verbatim (fillers at the ends trimmed, "…" where cut). */
  text: string;
  words: number;
  score: number;
  lexical: number;
  tokens: Set<string>;
};

// One sentence that answers, then up to three short quotes from other moments that back it.
const ANSWER_DEFAULTS = {
  maxWords: 100,
  maxQuotes: 3,
  perPassage: [2, 1] as number | number[],
  minWords: 5,
  cutAt: 30,
};

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

/** Every quotable stretch of the passages' talk, scored as an answer line, best first per passage. */
function candidatesOf(
  retrieval: Retrieval,
  passages: readonly Passage[],
  settings: typeof ANSWER_DEFAULTS,
  weight: SentenceWeights,
) {
  const { query, stats } = retrieval;
  const named = retrieval.speakers.complete ? retrieval.speakers.speakers : new Set<string>();
  const weights = query.terms.map((term, i) => term.weight * idf(stats.df[i] ?? 0, Math.max(stats.turns, 1)));
  const topScore = passages[0]?.score ?? 1;
  return passages.map((passage, index) => {
    const found: Candidate[] = [];
    const topic = new Map<string, number>();
    const sentences = passage.turns.flatMap((turn) =>
      splitSentences(spokenText(turn.text))
        .flatMap((raw) => pieces(raw, settings.cutAt))
        .map((raw) => {
          const quote = cutQuote(trimEdges(raw), settings.cutAt);
          const clean = cleanText(quote);
          const content = [...stemCounts(clean, turn.language)].filter(([key]) =>
            isContentWord(key, turn.language),
          );
          for (const [key, count] of content) topic.set(key, (topic.get(key) ?? 0) + count);
          return { turn, quote, clean, content };
        }),
    );
    const topicNorm = Math.sqrt([...topic.values()].reduce((sum, count) => sum + count * count, 0)) || 1;
    for (const { turn, quote, clean, content } of sentences) {
      const words = countWords(clean);
      // Short lines are kept for the figures they may give ("Uno ochenta, más o menos.").
      if (words < Math.min(2, settings.minWords) || !isVerbatim(quote, turn.text)) continue;
      const counts = stemCounts(clean, turn.language);
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
        (clean.trimEnd().endsWith("?") ? weight.question : 0);
      found.push({
        passage: index,
        turn,
        text: quote,
        words,
        score,
        lexical,
        tokens: new Set(counts.keys()),
      });
    }
    return found.sort((a, b) => b.score - a.score);
  });
}

/** The fact a candidate line gives for the question, if any; `speaker` lets the one who said it answer "who". */
function factOf(
  retrieval: Retrieval,
  candidate: Candidate,
  kind: FactKind,
  options: { speaker?: boolean } = {},
): string | null {
  const question = retrieval.query.text;
  if (kind === "name" && (options.speaker || WHO_SAID.test(fold(question))))
    return candidate.turn.speaker || null;
  const language = candidate.turn.language;
  const exclude = new Set(retrieval.query.terms.map((term) => term.source));
  return findFact(kind, candidate.text, {
    topicStems: topicStems(retrieval, language),
    language,
    exclude,
    question,
    countsTopic: true,
  });
}

// "Who said / proposed…" is answered by who spoke; "who will…" by the person named, if any.
const WHO_SAID =
  /\b(?:said|say|says|mentioned|proposed|suggested|asked|raised|brought up|dijo|dice|menciono|propuso|sugirio|pregunto|comento|planteo)\b/;

/**
 * The line giving the number, date or name asked for. First, among the lines of the best stretches
 * that say most of the question's words, the fact said most often (a figure repeated is the agreed
 * one: "sixty dispatchers" over the "twenty dispatchers" of a pilot), on its best-scored line. Else
 * the replies to the question asked in the talk that says most of the question's words ("¿Quién
 * cierra los bugs del PDF?" → "Los tiene Javier."), where a figure must count the thing asked
 * about, if it counts anything. Else, for "who", the one who said the best line.
 */
function findLeadFact(
  retrieval: Retrieval,
  byPassage: Candidate[][],
  passages: readonly Passage[],
  kind: FactKind,
): { lead: Candidate; fact: string } | null {
  // Lines of the best stretches in the meeting of the best one: another meeting's figure is no answer.
  const meeting = passages[0]?.meetingId;
  const near = byPassage
    .slice(0, 3)
    .flat()
    .filter((candidate) => passages[candidate.passage]?.meetingId === meeting);
  const best = Math.max(0, ...near.map((candidate) => candidate.lexical));
  const onTopic = near
    .filter(
      (candidate) =>
        (best > 0 && candidate.lexical >= 0.45 * best) ||
        (candidate.passage === 0 && candidate.turn.seq === passages[0]?.anchor.seq),
    )
    .sort((a, b) => b.score - a.score);
  const found = onTopic.flatMap((candidate) => {
    const fact = factOf(retrieval, candidate, kind);
    return fact ? [{ candidate, fact, key: factKey(fact) }] : [];
  });
  if (found.length > 0) {
    const counts = new Map<string, number>();
    for (const entry of found) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const chosen = found.find((entry) => counts.get(entry.key) === top) as (typeof found)[number];
    return { lead: chosen.candidate, fact: chosen.fact };
  }
  const asked = onTopic
    .filter((candidate) => candidate.text.trimEnd().endsWith("?"))
    .sort((a, b) => b.lexical - a.lexical || b.score - a.score)[0];
  const replies = !asked
    ? []
    : (byPassage[asked.passage] ?? [])
        .filter(
          (candidate) => candidate.turn.seq > asked.turn.seq && candidate.turn.seq <= asked.turn.seq + 2,
        )
        .sort((a, b) => a.turn.seq - b.turn.seq);
  for (const reply of replies) {
    const fact = factOf(retrieval, reply, kind);
    if (fact) return { lead: reply, fact };
  }
  const said = onTopic[0];
  if (kind !== "name" || !said) return null;
  const fact = factOf(retrieval, said, kind, { speaker: true });
  return fact ? { lead: said, fact } : null;
}

/** A fact without its hedges, to count how often it is said: "about sixty" and "the sixty" alike. */
const factKey = (fact: string) =>
  fold(fact)
    .replace(
      /\b(?:about|around|roughly|almost|nearly|some|the|a|an|unos|unas|casi|el|la|los|las|on|by|before|antes del?|para el)\b/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();

/** The question's topic words as stems in a language, to find the fact nearest them. */
function topicStems(retrieval: Retrieval, language: Language): Set<string> {
  return new Set(
    retrieval.query.terms.filter((term) => term.weight >= 0.5).map((term) => term.stems[language]),
  );
}

/**
 * An answer from the retrieved talk: first the line that best answers the question (the best
 * stretch's best sentence, or the first of the best few that gives the number, date or name the
 * question asks for, which then opens the answer), then up to `maxQuotes` lines from the other
 * stretches that back it. Every line is the speaker's own words and cites its transcript line.
 * `lead` puts one stretch first (the one that supports an answer).
 */
export function composeFromPassages(
  retrieval: Retrieval,
  options: ComposeOptions & { lead?: Passage; fact?: FactKind | null } = {},
): AnswerSentence[] {
  const settings = { ...ANSWER_DEFAULTS, ...options };
  const weight = { ...WEIGHTS, ...options.weights };
  const passages = options.lead
    ? [options.lead, ...retrieval.passages.filter((passage) => passage !== options.lead)]
    : retrieval.passages;
  const byPassage = candidatesOf(retrieval, passages, settings, weight);
  const usable = (candidate: Candidate) => candidate.words >= settings.minWords;
  let lead = (byPassage[0] ?? []).find(usable);
  let fact: string | null = null;
  if (options.fact) {
    const found = findLeadFact(retrieval, byPassage, passages, options.fact);
    if (found) ({ lead, fact } = found);
  }
  if (!lead) return [];
  const chosen: Candidate[] = [lead];
  let words = lead.words;
  const quotaOf = (per: number | number[], index: number) =>
    Array.isArray(per) ? (per[Math.min(index, per.length - 1)] ?? 1) : per;
  // First one line from each stretch (the answer is more often spread over the talk than in the
  // lead's stretch alone), then more from each, up to `perPassage`, while quotes are left.
  for (const round of [1, settings.perPassage])
    outer: for (const [index, candidates] of byPassage.entries()) {
      const quota = () => Math.min(quotaOf(round, index), quotaOf(settings.perPassage, index));
      let taken = chosen.filter((candidate) => candidate.passage === index).length;
      for (const candidate of candidates) {
        if (chosen.length > settings.maxQuotes) break outer;
        if (taken >= quota()) break;
        if (!usable(candidate) || chosen.includes(candidate)) continue;
        if (chosen.some((c) => similar(c.tokens, candidate.tokens))) continue;
        // A supporting quote says something on the question's topic, not just something nearby, and
        // from another meeting only when it matches the question as well as the leading line does.
        if (candidate.lexical === 0) continue;
        if (
          passages[index]?.meetingId !== passages[lead.passage]?.meetingId &&
          candidate.lexical < lead.lexical
        )
          continue;
        if (words + candidate.words > settings.maxWords) continue;
        chosen.push(candidate);
        words += candidate.words;
        taken++;
      }
    }
  return chosen.map((candidate, index) => ({
    text: candidate.text,
    cites: [citationOf(candidate.turn)],
    speaker: candidate.turn.speaker,
    role: index === 0 ? "lead" : "quote",
    ...(index === 0 && fact ? { fact: factSentence(fact) } : {}),
  }));
}
