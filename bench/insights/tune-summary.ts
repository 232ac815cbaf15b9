/**
 * Grid search for the summarizer's options on QMSum val, to re-tune after changing scoring.
 * Each config is scored on all meetings and on the odd and even halves, so a setting that only
 * wins on one half (overfitting 27 meetings) shows up.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/insights/tune-summary.ts '{"lambda":[0.4,0.5],"targetWords":[130,150]}'
 */
import { DEFAULT_SCORING, scoreSentences } from "@/lib/insights/local/sentence-scores";
import { DEFAULT_SUMMARY, pickSummarySentences } from "@/lib/insights/local/summarize";
import { summaryInThirdPerson } from "@/lib/insights/local/summary-voice";
import { cleanSegments, sentencesOf, splitSentences } from "@/lib/insights/sentences";
import { loadQmsum } from "./qmsum";
import { rouge } from "./rouge";

type Options = Record<string, number>;

const grid = JSON.parse(process.argv[2] ?? "{}") as Record<string, number[]>;
const meetings = loadQmsum()
  .filter((meeting) => meeting.reference !== null)
  .map((meeting) => {
    const segments = cleanSegments(meeting.segments);
    const sentences = sentencesOf(segments);
    return {
      segments,
      sentences,
      words: sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0),
      reference: splitSentences(meeting.reference as string).join("\n"),
    };
  });

function meanRouge1(options: Options, subset: typeof meetings): number {
  let total = 0;
  for (const meeting of subset) {
    const scored = scoreSentences(meeting.sentences, "en", { ...DEFAULT_SCORING, ...options });
    const picked = pickSummarySentences(scored, meeting.words, { ...DEFAULT_SUMMARY, ...options });
    const summary = summaryInThirdPerson(picked, meeting.segments, "en");
    total += rouge(meeting.reference, splitSentences(summary).join("\n")).rouge1.f1;
  }
  return (100 * total) / subset.length;
}

let configs: Options[] = [{}];
for (const [key, values] of Object.entries(grid)) {
  configs = configs.flatMap((config) => values.map((value) => ({ ...config, [key]: value })));
}
const odd = meetings.filter((_, index) => index % 2 === 1);
const even = meetings.filter((_, index) => index % 2 === 0);
const results = configs
  .map((config) => ({
    config,
    all: meanRouge1(config, meetings),
    odd: meanRouge1(config, odd),
    even: meanRouge1(config, even),
  }))
  .sort((a, b) => b.all - a.all);
console.log("ROUGE-1 F1: all / odd half / even half");
for (const { config, all, odd: oddScore, even: evenScore } of results.slice(0, 15)) {
  console.log(
    `${all.toFixed(2)} / ${oddScore.toFixed(2)} / ${evenScore.toFixed(2)}  ${JSON.stringify(config)}`,
  );
}
