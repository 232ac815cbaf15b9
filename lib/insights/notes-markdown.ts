import { formatClock } from "@/lib/transcripts/format-timestamp";
import type { InsightsJson } from "./insights-json";

const escapeMarkdown = (value: string) => value.replace(/[\\`*_[\]<>#|]/g, "\\$&");

export type NotesLabels = {
  summary: string;
  keyPoints: string;
  decisions: string;
  questions: string;
  actionItems: string;
};

const ENGLISH: NotesLabels = {
  summary: "Summary",
  keyPoints: "Key points",
  decisions: "Decisions",
  questions: "Open questions",
  actionItems: "Action items",
};

/** The meeting notes as Markdown, placed before the transcript in the Markdown export. */
export function notesMarkdown(
  insights: InsightsJson,
  timeOf: (seq: number) => number | undefined,
  labels: NotesLabels = ENGLISH,
): string {
  const cite = (seqs: number[]) => {
    const times = seqs.map(timeOf).filter((ms): ms is number => ms !== undefined);
    return times.length ? ` _(${times.slice(0, 3).map(formatClock).join(", ")})_` : "";
  };
  const list = (title: string, items: { text: string; seqs: number[] }[]) =>
    items.length
      ? `\n## ${title}\n\n${items.map((item) => `- ${escapeMarkdown(item.text)}${cite(item.seqs)}`).join("\n")}\n`
      : "";
  const actions = insights.actionItems.length
    ? `\n## ${labels.actionItems}\n\n${insights.actionItems
        .map((item) => {
          const who = item.owner ? ` — **${escapeMarkdown(item.owner)}**` : "";
          const due = item.dueDate ? ` (${item.dueDate})` : "";
          return `- [${item.done ? "x" : " "}] ${escapeMarkdown(item.text)}${who}${due}`;
        })
        .join("\n")}\n`
    : "";
  return [
    insights.summary ? `## ${labels.summary}\n\n${escapeMarkdown(insights.summary)}\n` : "",
    list(labels.keyPoints, insights.keyPoints),
    list(labels.decisions, insights.decisions),
    list(labels.questions, insights.questions),
    actions,
  ].join("");
}
