import { formatClock } from "@/lib/transcripts/format-timestamp";
import type { ExportMeeting, ExportSegments } from "./export-meeting";

export type MarkdownLabels = { date: string; participants: string; transcript: string };

export type MarkdownOptions = {
  /** Markdown placed before the transcript (the meeting notes), as written. */
  notes?: string;
  /** Headings in the reader's language; English by default. */
  labels?: Partial<MarkdownLabels>;
  /** The IANA time zone the date is written in (the owner's); UTC by default or when unknown. */
  timeZone?: string;
};

const ENGLISH: MarkdownLabels = { date: "Date", participants: "Participants", transcript: "Transcript" };

// Titles, names and spoken text are not Markdown: "2 * 3" or "<tag>" must print as written.
const escapeMarkdown = (value: string) => value.replace(/[\\`*_[\]<>#|]/g, "\\$&");

/** "2025-03-04 11:00 Europe/Madrid": the wall-clock time where the meeting's owner is, and where that is. */
function formatDate(iso: string, timeZone = "UTC"): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(date);
  } catch {
    return formatDate(iso, "UTC");
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${timeZone}`;
}

/** `# Title`, date and participants, the notes if given, then `**Speaker** [hh:mm:ss] text` paragraphs. */
export async function* toMarkdown(
  meeting: ExportMeeting,
  segments: ExportSegments,
  options: MarkdownOptions = {},
): AsyncGenerator<string> {
  const labels = { ...ENGLISH, ...options.labels };
  let head = `# ${escapeMarkdown(meeting.title)}\n\n`;
  head += `- **${labels.date}:** ${formatDate(meeting.startedAt ?? meeting.createdAt, options.timeZone)}\n`;
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
