import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import type { AnalysisInput, Insights } from "@/lib/insights/types";

// Pieces of real meeting talk, so generated segments hit the triggers and not just random text.
const PHRASES = [
  "Ana, ¿puedes enviar el presupuesto el viernes?",
  "I'll send the deck by March 10.",
  "we decided to go with the annual plan",
  "¿Quién se encarga?",
  "hay que revisar el contrato antes del 15",
  "TODO: Bob to book the venue next week.",
  "{vocalsound} um uh",
  "Agreed.",
  "Let's use the blue theme?",
  "the the remote control remote control",
  "reunión Reunion REUNIÓN",
  "  ",
  "15/03 03/04 2026-02-30 el 31",
  "could you, Luis, check it",
  "¿¿??",
  "…",
];
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.array(fc.constantFrom(...PHRASES), { maxLength: 4 }).map((parts) => parts.join(" ")),
);
const name = fc.oneof(
  fc.constantFrom("Ana", "Luis", "Bob", "Speaker 1", "", "ana garcía"),
  fc.string({ maxLength: 8 }),
);
const input: fc.Arbitrary<AnalysisInput> = fc.record({
  segments: fc.array(
    fc.record({
      seq: fc.integer({ min: 0, max: 50 }),
      speaker: name,
      text,
      startMs: fc.integer({ min: -1000, max: 1_000_000 }),
      endMs: fc.integer({ min: -1000, max: 1_000_000 }),
    }),
    { maxLength: 25 },
  ),
  language: fc.constantFrom("auto", "es", "en"),
  meetingDate: fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01") }),
  timezone: fc.constantFrom("Europe/Madrid", "America/Los_Angeles", "Pacific/Kiritimati", "UTC", "Not/AZone"),
  participants: fc.array(name, { maxLength: 4 }),
  watchlist: fc.array(
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("reunion", "presupuesto", "(", "a.b")),
    {
      maxLength: 3,
    },
  ),
  template: fc.constantFrom("default", "one_on_one", "sales_call", "standup", "safety_inspection"),
});

function citedSeqs(insights: Insights): number[] {
  return [
    ...[...insights.keyPoints, ...insights.decisions, ...insights.questions].flatMap((item) => item.seqs),
    ...insights.actionItems.flatMap((item) => (item.seq === null ? [] : [item.seq])),
    ...insights.keywords.flatMap((keyword) => keyword.seqs),
    ...insights.watchlistHits.map((hit) => hit.seq),
  ];
}

describe("local analysis on arbitrary transcripts", () => {
  it("never throws, and cites only segments that exist", () => {
    fc.assert(
      fc.property(input, (analysis) => {
        const insights = analyzeLocally(analysis);
        const seqs = new Set(analysis.segments.map((segment) => segment.seq));
        for (const seq of citedSeqs(insights)) expect(seqs.has(seq)).toBe(true);
        for (const item of insights.actionItems) {
          if (item.dueDate !== null) expect(item.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        expect(insights.talkTime.every((entry) => Number.isFinite(entry.ms) && entry.ms >= 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
