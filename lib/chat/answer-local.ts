import { getSql } from "@/lib/db/client";
import { fill } from "@/lib/i18n/format";
import { chatMessages } from "@/lib/i18n/messages/chat";
import { fold } from "@/lib/insights/local/fold";
import type { Language } from "@/lib/insights/local/stem";
import { countWords, words } from "@/lib/insights/local/tokenize";
import type { AnswerEvent, AnswerSource } from "./chat-stream";
import type { Citation } from "./citations";
import {
  type AnswerSentence,
  type ComposeOptions,
  composeFromPassages,
  judgeEvidence,
} from "./compose-answer";
import { detectIntent, type Intent, isIntentWord } from "./intents";
import { loadScopeNotes, type Note, noteMatch } from "./notes";
import type { QueryAnalysis } from "./query-terms";
import type { Retrieval } from "./retrieve";
import type { ChatScope } from "./scope";
import { citationsFor, meetingTitles, refKey } from "./segment-lookup";

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
  const t = chatMessages[language].answer;
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
      text: fill(chatMessages[input.language].answer.summaryOf, { title, summary: summary.text }),
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

const notFound = (language: Language, text = chatMessages[language].answer.notFound): LocalAnswer => ({
  answered: false,
  sentences: [{ text, cites: [] }],
});

/**
 * The local engine: no model, no network. Questions about action items, decisions and what a
 * meeting was about are answered from the meetings' notes; everything else by quoting the
 * sentences of the retrieved talk that best match the question, each citing its line. When
 * nothing on the topic was said, it says so.
 */
export async function answerLocally(input: LocalInput): Promise<LocalAnswer> {
  const { retrieval, language } = input;
  const intent = detectIntent(input.question);
  const topic = topicOf(retrieval.query);
  const evidence = judgeEvidence(retrieval);
  const answerable = evidence === "answers";
  const passages = () =>
    composeFromPassages(retrieval, { ...input.compose, ...(intent.who ? { maxSentences: 2 } : {}) });
  const needsNotes = intent.actionItems || intent.decisions || (intent.summary && topic.terms.length === 0);
  const notes = needsNotes ? await loadScopeNotes(getSql(), input.userId, input.scope) : [];

  if (intent.actionItems) {
    const items = await fromActionItems(input, notes, topic, intent);
    if (items.length > 0) return { answered: true, sentences: items };
    if (topic.terms.length > 0 && answerable) return { answered: true, sentences: passages() };
    return notFound(language, chatMessages[language].answer.noActionItems);
  }
  if (intent.summary && topic.terms.length === 0) {
    const summaries = await fromSummaries(input, notes);
    if (summaries.length > 0) return { answered: true, sentences: summaries };
  }
  if (intent.decisions) {
    const decisions = await fromDecisions(input, notes, topic);
    if (decisions.length > 0) {
      // The recorded decisions first, then what was said around them.
      const used = decisions.reduce((sum, decision) => sum + countWords(decision.text), 0);
      const extra = answerable
        ? composeFromPassages(retrieval, { ...input.compose, maxWords: Math.max(40, 110 - used) })
        : [];
      return { answered: true, sentences: [...decisions, ...extra] };
    }
    if (evidence === "none") return notFound(language, chatMessages[language].answer.noDecisions);
  }
  if (evidence === "none") return notFound(language);
  const sentences = passages();
  if (sentences.length === 0) return notFound(language);
  if (!answerable) {
    // The talk touches the topic without answering it: say so, and show the closest it comes.
    return {
      answered: false,
      sentences: [{ text: chatMessages[language].answer.closest, cites: [] }, ...sentences],
    };
  }
  if (intent.when) {
    const anchor = retrieval.passages[0]?.anchor;
    const meeting = retrieval.meetings.find((m) => m.id === anchor?.meetingId);
    if (anchor && meeting && retrieval.meetings.length > 1) {
      const date = meeting.date.toISOString().slice(0, 10);
      const first = sentences[0] as AnswerSentence;
      sentences.unshift({
        text: fill(chatMessages[language].answer.discussedIn, { title: meeting.title, date }),
        cites: first.cites,
      });
    }
  }
  return { answered: true, sentences };
}

const safe = (text: string) => text.replace(/\[/g, "(").replace(/\]/g, ")");

/**
 * A composed local answer as the event stream both engines share: one line per speaker (or per
 * note), each sentence followed by its citation markers.
 */
export function localAnswerSource(answer: LocalAnswer, meetings: Record<string, string>): AnswerSource {
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
      const previous = answer.sentences[index - 1];
      const continues = index > 0 && sentence.speaker !== undefined && previous?.speaker === sentence.speaker;
      const lead = index === 0 ? "" : continues ? " " : "\n";
      const label = sentence.speaker && !continues ? `${safe(sentence.speaker)}: ` : "";
      const line = `${lead}${label}${safe(sentence.text)}${markers.map((n) => ` [${n}]`).join("")}`;
      // Streamed a few words at a time, as a model would, so the reader sees it arrive.
      const pieces = line.match(/\s*\S+/g) ?? [line];
      for (let at = 0; at < pieces.length; at += 4)
        yield { type: "text", text: pieces.slice(at, at + 4).join("") };
    }
  }
  return { engine: "local", meetings, events: events(), answered: () => answer.answered };
}
