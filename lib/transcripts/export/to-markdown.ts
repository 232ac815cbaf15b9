import { formatClock } from "@/lib/transcripts/format-timestamp";
import type { ExportMeeting, ExportSegments } from "./export-meeting";

export type MarkdownLabels = { date: string; participants: string; transcript: string };

export type MarkdownOptions = {
  /** Markdown placed before the transcript (the meeting notes), as written. */
  notes?: string;
  /** Headings in the reader's language; English by default. */
  labels?: Partial<MarkdownLabels>;
};

const ENGLISH: MarkdownLabels = { date: "Date", participants: "Participants", transcript: "Transcript" };

// Titles, names and spoken text are not Markdown: "2 * 3" or "<tag>" must print as written.
const escapeMarkdown = (value: string) => value.replace(/[\\`*_[\]<>#|]/g, "\\$&");

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = date.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

/** `# Title`, date and participants, the notes if given, then `**Speaker** [hh:mm:ss] text` paragraphs. */
export async function* toMarkdown(
  meeting: ExportMeeting,
  segments: ExportSegments,
  options: MarkdownOptions = {},
): AsyncGenerator<string> {
  const labels = { ...ENGLISH, ...options.labels };
  let head = `# ${escapeMarkdown(meeting.title)}\n\n`;
  head += `- **${labels.date}:** ${formatDate(meeting.startedAt ?? meeting.createdAt)}\n`;
  if (meeting.participants.length > 0) {
    const names = meeting.participants.map((person) => escapeMarkdown(person.name)).join(", ");
    head += `- **${labels.participants}:** ${names}\n`;
  }
  const notes = options.notes?.trim();
  if (notes) head += `\n${notes}\n`;
  yield `${head}\n## ${labels.transcript}\n`;
  for await (const segment of segments) {
    const speaker = segment.speaker ? `**${escapeMarkdown(segment.speaker)}** ` : "";
    yield `\n${speaker}[${formatClock(segment.startMs)}] ${escapeMarkdown(segment.text)}\n`;
  }
}
