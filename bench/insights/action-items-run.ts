/**
 * Precision and recall of the local action-item extractor on the hand-written probes in
 * `action-probes.ts` (es + en). An extracted item is right when its owner and due date are the
 * expected ones and its task names what the commitment is about; each expected item is matched once.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/insights/action-items-run.ts [--verbose]
 */
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import type { ExtractedActionItem, Segment } from "@/lib/insights/types";
import type { ActionProbe, ExpectedItem } from "./action-probes";
import { ACTION_PROBES } from "./action-probes";

const MEETING_DATE = new Date("2026-03-04T10:00:00+01:00");
const verbose = process.argv.includes("--verbose");

function extract(probe: ActionProbe): ExtractedActionItem[] {
  const segments: Segment[] = probe.lines.map((line, seq) => {
    const colon = line.indexOf(": ");
    return {
      seq,
      speaker: line.slice(0, colon),
      text: line.slice(colon + 2),
      startMs: seq * 5000,
      endMs: seq * 5000 + 5000,
    };
  });
  return analyzeLocally({
    segments,
    language: probe.language,
    meetingDate: MEETING_DATE,
    timezone: "Europe/Madrid",
    participants: [...new Set(segments.map((segment) => segment.speaker))],
    watchlist: [],
    template: "default",
  }).actionItems;
}

const matches = (found: ExtractedActionItem, expected: ExpectedItem) =>
  found.owner === expected.owner &&
  found.dueDate === expected.dueDate &&
  found.text.toLowerCase().includes(expected.about.toLowerCase());

type Total = { found: number; right: number; expected: number };
const zero = (): Total => ({ found: 0, right: 0, expected: 0 });
const totals: Record<string, Total> = { en: zero(), es: zero(), tuned: zero(), unseen: zero() };
for (const probe of ACTION_PROBES) {
  const found = extract(probe);
  const open = [...probe.expected];
  const wrong: ExtractedActionItem[] = [];
  for (const item of found) {
    const index = open.findIndex((expected) => matches(item, expected));
    if (index >= 0) open.splice(index, 1);
    else wrong.push(item);
  }
  for (const key of [probe.language, probe.set ?? "tuned"]) {
    const total = totals[key] as Total;
    total.found += found.length;
    total.right += found.length - wrong.length;
    total.expected += probe.expected.length;
  }
  if (verbose && (wrong.length > 0 || open.length > 0)) {
    console.log(probe.lines.join(" / "));
    for (const item of wrong) console.log(`  extra:  ${item.owner} | ${item.text} | ${item.dueDate}`);
    for (const item of open) console.log(`  missed: ${item.owner} | ${item.about} | ${item.dueDate}`);
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole).toFixed(3);
const commitments = ACTION_PROBES.reduce((sum, probe) => sum + probe.expected.length, 0);
const negatives = ACTION_PROBES.filter((probe) => probe.expected.length === 0).length;
console.log(
  `action-item probes: ${ACTION_PROBES.length} meetings, ${commitments} commitments, ${negatives} with none`,
);
console.log("probes    precision  recall  (found / right / expected)");
for (const key of ["en", "es", "tuned", "unseen"]) {
  const total = totals[key] as Total;
  console.log(
    `${key.padEnd(8)}  ${ratio(total.right, total.found).padStart(9)}  ${ratio(total.right, total.expected).padStart(6)}  (${total.found} / ${total.right} / ${total.expected})`,
  );
}
const en = totals.en as Total;
const es = totals.es as Total;
const all = { found: en.found + es.found, right: en.right + es.right, expected: en.expected + es.expected };
console.log(
  `${"all".padEnd(8)}  ${ratio(all.right, all.found).padStart(9)}  ${ratio(all.right, all.expected).padStart(6)}  (${all.found} / ${all.right} / ${all.expected})`,
);
