import { fill } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import { getSql } from "@/lib/kernel/db/client";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { words } from "@/lib/kernel/text/tokenize";
import { askedFact } from "./answer-facts";
import type { AnswerEvent, AnswerSource } from "./chat-stream";
import type { Citation } from "./citations";
import { type AnswerSentence, type ComposeOptions, composeFromPassages } from "./compose-answer";
import { detectIntent, type Intent, isIntentWord } from "./intents";
import { loadScopeNotes, type Note, noteMatch } from "./notes";
import type { QueryAnalysis } from "./query-terms";
import type { Retrieval } from "./retrieve";
import type { ChatScope } from "./scope";
import { citationsFor, meetingTitles, refKey } from "./segment-lookup";
import { supportingPassage } from "./support";

export type LocalAnswer = { answered: boolean; sentences: AnswerSentence[] };

const MAX_LISTED = 15;

/** The question without the words that only say what kind of question it is. */
function topicOf(query: QueryAnalysis): QueryAnalysis {
  const terms = query.terms.filter((term) => !isIntentWord(term.source) && !isIntentWord(term.word));
  return { ...query, terms, pairs: [] };
}

function matchesTopic(topic: QueryAnalysis, note: Note, retrieval: Retrieval): boolean {
  if (topic.terms.length === 0) return true;
  return noteMatch(topic, note, retrieval.stats).coverage >= 0.5;
}

function isMine(owner: string | null, name: string | null): boolean {
  if (!owner || !name) return false;
  const mine = new Set(words(fold(name)));
  return words(fold(owner)).some((word) => mine.has(word));
}

async function citeNotes(userId: string, notes: readonly Note[]): Promise<Map<string, Citation>> {
  return citationsFor(
    userId,
    notes.flatMap((note) => note.seqs.slice(0, 1).map((seq) => ({ meetingId: note.meetingId, seq }))),
  );
}

function noteSentence(note: Note, cited: Map<string, Citation>, language: Language): AnswerSentence {
  const t = messagesFor(language).chat.answer;
  const seq = note.seqs[0];
  const citation = seq === undefined ? undefined : cited.get(refKey(note.meetingId, seq));
  let text = note.text;
  if (note.kind === "actionItem") {
    const extras = [note.dueDate ? `${t.due} ${note.dueDate}` : null, note.done ? t.done : null].filter(
      Boolean,
    );
    text = `${note.owner ?? t.unassigned}: ${note.text}${extras.length ? ` (${extras.join(", ")})` : ""}`;
  }
  return { text, cites: citation ? [citation] : [] };
}

async function userName(userId: string): Promise<string | null> {
  const [row] = await getSql()<{ name: string | null }[]>`select name from users where id = ${userId}`;
  return row?.name ?? null;
}

async function fromActionItems(
  input: LocalInput,
  notes: Note[],
  topic: QueryAnalysis,
  intent: Intent,
): Promise<AnswerSentence[]> {
  let items = notes.filter(
    (note) => note.kind === "actionItem" && matchesTopic(topic, note, input.retrieval),
  );
  if (intent.mine) {
    const name = await userName(input.userId);
    const mine = items.filter((item) => isMine(item.owner, name));
    if (mine.length > 0) items = mine;
  }
  items.sort((a, b) => Number(a.done) - Number(b.done));
  const cited = await citeNotes(input.userId, items.slice(0, MAX_LISTED));
  return items.slice(0, MAX_LISTED).map((item) => noteSentence(item, cited, input.language));
}

async function fromDecisions(
  input: LocalInput,
  notes: Note[],
  topic: QueryAnalysis,
): Promise<AnswerSentence[]> {
  const decisions = notes
    .filter((note) => note.kind === "decision" && matchesTopic(topic, note, input.retrieval))
    .slice(0, 4);
  const cited = await citeNotes(input.userId, decisions);
  return decisions.map((decision) => noteSentence(decision, cited, input.language));
}

async function fromSummaries(input: LocalInput, notes: Note[]): Promise<AnswerSentence[]> {
  const summaries = notes.filter((note) => note.kind === "summary").slice(0, 3);
  const cited = await citeNotes(input.userId, summaries);
  const titles = await meetingTitles(
    input.userId,
    summaries.map((summary) => summary.meetingId),
  );
  return summaries.map((summary) => {
    const sentence = noteSentence(summary, cited, input.language);
    const title = titles[summary.meetingId] ?? "";
    return {
      ...sentence,
      text: fill(messagesFor(input.language).chat.answer.summaryOf, { title, summary: summary.text }),
    };
  });
}

type LocalInput = {
  userId: string;
  question: string;
  language: Language;
  retrieval: Retrieval;
  scope: ChatScope;
  /** How long answers quoting the talk may be. */
  compose?: ComposeOptions;
};

const notFound = (language: Language, text = messagesFor(language).chat.answer.notFound): LocalAnswer => ({
  answered: false,
  sentences: [{ text, cites: [] }],
});

/**
 * The local engine: no model, no network. Questions about action items, decisions and what a
 * meeting was about are answered from the meetings' notes; everything else from the talk: the line
 * that best answers (opened by the number, date or name asked for, when the question asks for
 * one), then up to three quotes backing it, each the speaker's own words citing its line. When the
 * question's key words (names, figures, the thing asked about) are not said together anywhere in
 * scope, it says the meetings don't say, and quotes nothing.
 */
export async function answerLocally(input: LocalInput): Promise<LocalAnswer> {
  const { retrieval, language } = input;
  const intent = detectIntent(input.question);
  const topic = topicOf(retrieval.query);
  const fact = askedFact(input.question);
  const support = supportingPassage(retrieval, { fact });
  const passages = (options: ComposeOptions = {}) => {
    if (!support) return [];
    const sentences = composeFromPassages(retrieval, { ...input.compose, ...options, lead: support, fact });
    // Asked how many or when, talk on the topic that gives no figure or date does not answer.
    if ((fact === "number" || fact === "date") && !sentences[0]?.fact) return [];
    return sentences;
  };
  const needsNotes = intent.actionItems || intent.decisions || (intent.summary && topic.terms.length === 0);
  const notes = needsNotes ? await loadScopeNotes(getSql(), input.userId, input.scope) : [];

  if (intent.actionItems) {
    const items = await fromActionItems(input, notes, topic, intent);
    if (items.length > 0) return { answered: true, sentences: items };
    const talk = topic.terms.length > 0 ? passages() : [];
    if (talk.length > 0) return { answered: true, sentences: talk };
    return notFound(language, messagesFor(language).chat.answer.noActionItems);
  }
  if (intent.summary && topic.terms.length === 0) {
    const summaries = await fromSummaries(input, notes);
    if (summaries.length > 0) return { answered: true, sentences: summaries };
  }
  if (intent.decisions) {
    const decisions = await fromDecisions(input, notes, topic);
    if (decisions.length > 0) {
      // The recorded decisions first, then what was said about them.
      const extra = passages({ maxQuotes: 1 }).map((sentence) => ({ ...sentence, role: "quote" as const }));
      return { answered: true, sentences: [...decisions, ...extra] };
    }
    if (!support) return notFound(language, messagesFor(language).chat.answer.noDecisions);
  }
  const sentences = passages();
  if (sentences.length === 0) return notFound(language);
  const lead = sentences[0] as AnswerSentence;
  if (intent.when && !lead.fact && retrieval.meetings.length > 1) {
    const meeting = retrieval.meetings.find((m) => m.id === support?.meetingId);
    if (meeting) {
      const date = meeting.date.toISOString().slice(0, 10);
      lead.fact = fill(messagesFor(language).chat.answer.discussedIn, { title: meeting.title, date });
    }
  }
  return { answered: true, sentences };
}

const safe = (text: string) => text.replace(/\[/g, "(").replace(/\]/g, ")");

/** One line of the answer as shown: a line of talk is the speaker's words in quotation marks. */
function lineOf(sentence: AnswerSentence, language: Language): string {
  if (!sentence.role) return safe(sentence.text);
  const quoted = fill(messagesFor(language).chat.answer.quote, { text: safe(sentence.text) });
  const said = sentence.speaker ? `${safe(sentence.speaker)}: ${quoted}` : quoted;
  return sentence.fact ? `${safe(sentence.fact)} ${said}` : said;
}

/**
 * A composed local answer as the event stream both engines share: one line per quote (or per
 * note), each followed by its citation markers.
 */
export function localAnswerSource(
  answer: LocalAnswer,
  meetings: Record<string, string>,
  language: Language = "en",
): AnswerSource {
  async function* events(): AsyncGenerator<AnswerEvent> {
    const numbers = new Map<string, number>();
    for (const [index, sentence] of answer.sentences.entries()) {
      const markers: number[] = [];
      for (const citation of sentence.cites) {
        const key = refKey(citation.meetingId, citation.seq);
        let n = numbers.get(key);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(key, n);
          yield { type: "citation", n, citation };
        }
        markers.push(n);
      }
      const line = `${index === 0 ? "" : "\n"}${lineOf(sentence, language)}${markers.map((n) => ` [${n}]`).join("")}`;
      // Streamed a few words at a time, as a model would, so the reader sees it arrive.
      const pieces = line.match(/\s*\S+/g) ?? [line];
      for (let at = 0; at < pieces.length; at += 4)
        yield { type: "text", text: pieces.slice(at, at + 4).join("") };
    }
  }
  return { engine: "local", meetings, events: events(), answered: () => answer.answered };
}
