/**
 * Local engine vs baselines on QMSum val: ROUGE-1/2/Lsum F1 of the summary against the answer to
 * "Summarize the whole meeting", and how long a one-hour meeting takes to analyze.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/insights/run.ts
 */
import { performance } from "node:perf_hooks";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { compressSentence } from "@/lib/insights/local/compress-sentence";
import { splitSentences } from "@/lib/insights/sentences";
import type { AnalysisInput, Segment } from "@/lib/insights/types";
import { leadSummary } from "./lead";
import { loadQmsum, longTranscript } from "./qmsum";
import type { RougeScores } from "./rouge";
import { rouge } from "./rouge";
import { textRankSummary } from "./textrank";

const ONE_HOUR_WORDS = 9000;
const RUNS = 5;

const analysisOf = (segments: Segment[]): AnalysisInput => ({
  segments,
  language: "auto",
  meetingDate: new Date("2026-03-04T10:00:00Z"),
  timezone: "Europe/Madrid",
  participants: [],
  watchlist: ["budget", "deadline"],
  template: "default",
});
// ROUGE-Lsum reads one sentence per line.
const asLines = (text: string) => splitSentences(text.replace(/\s+/g, " ")).join("\n");
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const meetings = loadQmsum();
const scored = meetings.filter((meeting) => meeting.reference !== null);
const skipped = meetings.filter((meeting) => meeting.reference === null).map((meeting) => meeting.name);

type Totals = { rouge1: number; rouge2: number; rougeLsum: number; words: number };
const systems = ["local engine", "TextRank", "TextRank+trim", "Lead-150"] as const;
const totals = Object.fromEntries(
  systems.map((name) => [name, { rouge1: 0, rouge2: 0, rougeLsum: 0, words: 0 }]),
) as Record<(typeof systems)[number], Totals>;
const add = (name: (typeof systems)[number], scores: RougeScores, summary: string) => {
  const total = totals[name];
  total.rouge1 += scores.rouge1.f1;
  total.rouge2 += scores.rouge2.f1;
  total.rougeLsum += scores.rougeLsum.f1;
  total.words += wordCount(summary);
};

for (const meeting of scored) {
  const reference = asLines(meeting.reference as string);
  const local = analyzeLocally(analysisOf(meeting.segments)).summary;
  const textRank = textRankSummary(meeting.segments, wordCount(local)).join(" ");
  const lead = leadSummary(meeting.segments);
  add("local engine", rouge(reference, asLines(local)), local);
  add("TextRank", rouge(reference, asLines(textRank)), textRank);
  const trimmed = textRankSummary(meeting.segments, wordCount(local)).map(compressSentence).join(" ");
  add("TextRank+trim", rouge(reference, asLines(trimmed)), trimmed);
  add("Lead-150", rouge(reference, asLines(lead)), lead);
}

const percent = (value: number) => ((100 * value) / scored.length).toFixed(2).padStart(7);
console.log(`QMSum val: ${scored.length} meetings with "Summarize the whole meeting"`);
console.log(`skipped (no such query): ${skipped.length ? skipped.join(", ") : "none"}\n`);
console.log("system          ROUGE-1  ROUGE-2  ROUGE-Lsum  mean words");
for (const name of systems) {
  const total = totals[name];
  console.log(
    `${name.padEnd(14)}${percent(total.rouge1)}  ${percent(total.rouge2)}  ${percent(total.rougeLsum)}     ${(total.words / scored.length).toFixed(0).padStart(6)}`,
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const time = (segments: Segment[]) => {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    analyzeLocally(analysisOf(segments));
    runs.push(performance.now() - start);
  }
  return median(runs);
};
// AMI meetings (ES*, IS*, TS*) have the short turns of live captions: ~900 segments an hour.
const ami = meetings.filter((meeting) => /^(?:ES|IS|TS)\d/.test(meeting.name));
const hour = longTranscript(ami, ONE_HOUR_WORDS);
const hourMinutes = ((hour.at(-1)?.endMs ?? 0) / 60_000).toFixed(0);
console.log(
  `\none hour (${hour.length} segments, ~${ONE_HOUR_WORDS} words, ~${hourMinutes} min): median of ${RUNS} runs ${time(hour).toFixed(0)} ms`,
);
const huge = longTranscript(meetings, Number.POSITIVE_INFINITY).slice(0, 10_000);
console.log(
  `${huge.length} segments (all val meetings, ${wordCount(huge.map((s) => s.text).join(" "))} words): median of ${RUNS} runs ${time(huge).toFixed(0)} ms`,
);
