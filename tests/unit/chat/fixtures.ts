import { analyzeQuery } from "@/lib/chat/query-terms";
import { type CorpusStats, mentionedSpeakers, rankTurns, stemCounts, type Turn } from "@/lib/chat/rank-turns";
import type { Retrieval } from "@/lib/chat/retrieve";
import { distinctTurns, passagesAround } from "@/lib/chat/select-passages";
import type { Language } from "@/lib/kernel/text/stem";

export const MEETING = "00000000-0000-4000-8000-000000000001";

/** Turns from "Speaker: text" lines, numbered from 0, `msPerTurn` apart. */
export function turnsFrom(
  lines: readonly string[],
  options: { meetingId?: string; language?: Language; msPerTurn?: number; firstSeq?: number } = {},
): Turn[] {
  const language = options.language ?? "en";
  return lines.map((line, index) => {
    const colon = line.indexOf(": ");
    const text = colon > 0 ? line.slice(colon + 2) : line;
    return {
      meetingId: options.meetingId ?? MEETING,
      seq: (options.firstSeq ?? 0) + index,
      speaker: colon > 0 ? line.slice(0, colon) : "",
      text,
      startMs: index * (options.msPerTurn ?? 5000),
      language,
      length: stemCounts(text, language).size,
    };
  });
}

/** What Postgres reports for the turns in scope: their number, mean length and each term's document frequency. */
export function statsFor(question: string, turns: readonly Turn[]): CorpusStats {
  const query = analyzeQuery(question);
  const counts = turns.map((turn) => stemCounts(turn.text, turn.language));
  return {
    turns: turns.length,
    avgLength: turns.reduce((sum, turn) => sum + turn.length, 0) / Math.max(turns.length, 1),
    df: query.terms.map(
      (term) => turns.filter((turn, i) => counts[i]?.has(term.stems[turn.language])).length,
    ),
  };
}

/** The retriever's result for in-memory turns, built from the same pure steps `retrieve` runs on database rows. */
export function retrievalFor(question: string, turns: readonly Turn[]): Retrieval {
  const query = analyzeQuery(question);
  const stats = statsFor(question, turns);
  const matching = turns.filter((turn) =>
    query.terms.some((term) => stemCounts(turn.text, turn.language).has(term.stems[turn.language])),
  );
  const ranked = query.terms.length ? rankTurns(query, matching, stats) : [];
  const top = distinctTurns(ranked, 12);
  return {
    query,
    ranked,
    top,
    passages: passagesAround(top, turns, ranked, 2),
    meetings: [...new Set(turns.map((turn) => turn.meetingId))].map((id, index) => ({
      id,
      title: `Meeting ${index + 1}`,
      number: index + 1,
      date: new Date("2026-03-04T10:00:00Z"),
      language: "en" as const,
    })),
    notes: [],
    stats,
    speakers: mentionedSpeakers(
      query,
      matching.map((turn) => turn.speaker),
    ),
  };
}
