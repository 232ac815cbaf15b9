import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Segment } from "@/lib/insights/types";

export const QMSUM_VAL = "/work/shared/eval/qmsum/val";
const GENERAL_QUERY = "summarize the whole meeting";
// Fake timing for transcripts without it: about 150 words a minute.
const MS_PER_WORD = 400;

const meetingFile = z.object({
  meeting_transcripts: z.array(z.object({ speaker: z.string(), content: z.string() })),
  general_query_list: z.array(z.object({ query: z.string(), answer: z.string() })),
});

export type QmsumMeeting = { name: string; segments: Segment[]; words: number; reference: string | null };

export function loadQmsum(directory = QMSUM_VAL): QmsumMeeting[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const data = meetingFile.parse(JSON.parse(readFileSync(path.join(directory, file), "utf8")));
      let clock = 0;
      let words = 0;
      const segments = data.meeting_transcripts.map((turn, seq): Segment => {
        const count = turn.content.split(/\s+/).filter(Boolean).length;
        const startMs = clock;
        clock += Math.max(1, count) * MS_PER_WORD;
        words += count;
        return { seq, speaker: turn.speaker, text: turn.content, startMs, endMs: clock };
      });
      const general = data.general_query_list.find(
        (query) =>
          query.query
            .trim()
            .toLowerCase()
            .replace(/[.?!]+$/, "") === GENERAL_QUERY,
      );
      return { name: file.replace(/\.json$/, ""), segments, words, reference: general?.answer ?? null };
    });
}

/** About `targetWords` of meeting talk, made by concatenating meetings and renumbering seqs. */
export function longTranscript(meetings: readonly QmsumMeeting[], targetWords: number): Segment[] {
  const segments: Segment[] = [];
  let words = 0;
  let offset = 0;
  for (const meeting of meetings) {
    for (const segment of meeting.segments) {
      if (words >= targetWords) return segments;
      segments.push({
        ...segment,
        seq: segments.length,
        startMs: segment.startMs + offset,
        endMs: segment.endMs + offset,
      });
      words += segment.text.split(/\s+/).filter(Boolean).length;
    }
    offset = segments.at(-1)?.endMs ?? offset;
  }
  return segments;
}
