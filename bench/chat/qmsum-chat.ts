import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadQmsum, QMSUM_VAL, type QmsumMeeting } from "../insights/qmsum";

const specificFile = z.object({
  specific_query_list: z.array(
    z.object({
      query: z.string(),
      answer: z.string(),
      relevant_text_span: z.array(z.tuple([z.string(), z.string()])),
    }),
  ),
});

export type SpecificQuery = {
  meeting: string;
  query: string;
  answer: string;
  /** Inclusive turn ranges (turn index = segment seq). */
  spans: [number, number][];
};

export function loadChatBenchmark(directory = QMSUM_VAL): {
  meetings: QmsumMeeting[];
  queries: SpecificQuery[];
} {
  const meetings = loadQmsum(directory);
  const queries = meetings.flatMap((meeting) => {
    const data = specificFile.parse(
      JSON.parse(readFileSync(path.join(directory, `${meeting.name}.json`), "utf8")),
    );
    return data.specific_query_list.map((entry) => ({
      meeting: meeting.name,
      query: entry.query,
      answer: entry.answer,
      spans: entry.relevant_text_span.map(([from, to]): [number, number] => [Number(from), Number(to)]),
    }));
  });
  return { meetings, queries };
}

export const inSpans = (seq: number, spans: readonly [number, number][]) =>
  spans.some(([from, to]) => seq >= from && seq <= to);

export const spanTurns = (spans: readonly [number, number][]) =>
  spans.reduce((sum, [from, to]) => sum + to - from + 1, 0);
