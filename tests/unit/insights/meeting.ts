import type { AnalysisInput, Segment } from "@/lib/insights/types";

/** Segments from "Speaker: text" lines, numbered from 0, five seconds each. */
export function segmentsFrom(lines: readonly string[]): Segment[] {
  return lines.map((line, seq) => {
    const colon = line.indexOf(": ");
    return {
      seq,
      speaker: colon > 0 ? line.slice(0, colon) : "Speaker 1",
      text: colon > 0 ? line.slice(colon + 2) : line,
      startMs: seq * 5000,
      endMs: seq * 5000 + 5000,
    };
  });
}

/** Wednesday 4 March 2026, mid-morning in Madrid. */
export const WEDNESDAY_IN_MADRID = new Date("2026-03-04T10:00:00+01:00");

export function meeting(lines: readonly string[], overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  const segments = segmentsFrom(lines);
  return {
    segments,
    language: "auto",
    meetingDate: WEDNESDAY_IN_MADRID,
    timezone: "Europe/Madrid",
    participants: [...new Set(segments.map((segment) => segment.speaker))],
    watchlist: [],
    template: "default",
    ...overrides,
  };
}
