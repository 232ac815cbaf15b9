import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { getStoredInsights } from "@/lib/insights/get-insights";
import { notesMarkdown } from "@/lib/insights/notes-markdown";
import { getSql } from "@/lib/kernel/db/client";
import { getMeetingJson } from "@/lib/meetings/get-meeting";
import { allSegments } from "@/lib/meetings/segments";
import {
  EXPORT_CONTENT,
  type ExportFormat,
  exportFileName,
  exportTranscript,
} from "@/lib/transcripts/export-transcript";
import { getProfile } from "@/lib/users/profile";
import { exportLocale } from "./export-locale";

async function notesFor(userId: string, meetingId: string, locale: Locale): Promise<string | undefined> {
  const insights = await getStoredInsights(userId, meetingId);
  if (!insights) return undefined;
  const cited = [
    ...new Set(
      [...insights.keyPoints, ...insights.decisions, ...insights.questions].flatMap((item) => item.seqs),
    ),
  ];
  const rows = cited.length
    ? await getSql()<{ seq: number; start_ms: number }[]>`
        select seq, start_ms from transcript_segments where meeting_id = ${meetingId} and seq = any(${cited})`
    : [];
  const times = new Map(rows.map((row) => [row.seq, row.start_ms]));
  return notesMarkdown(insights, (seq) => times.get(seq), messagesFor(locale).meetingPage.export);
}

/**
 * The whole transcript as a download in one of the export formats, streamed from the database.
 * Markdown headings follow the reader's language (see exportLocale); the other formats have none.
 */
export async function exportTranscriptResponse(
  userId: string,
  meetingId: string,
  format: ExportFormat,
  requestHeaders?: Headers,
): Promise<Response> {
  const meeting = await getMeetingJson(userId, meetingId);
  const locale = format === "md" ? await exportLocale(userId, requestHeaders) : "en";
  const notes = format === "md" ? await notesFor(userId, meetingId, locale) : undefined;
  const chunks = exportTranscript(format, meeting, allSegments(meetingId), {
    notes,
    labels: messagesFor(locale).meetingPage.export,
    timeZone: format === "md" ? (await getProfile(userId)).timezone : undefined,
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": EXPORT_CONTENT[format].contentType,
      "content-disposition": `attachment; filename="${exportFileName(meeting.title, format)}"`,
      ...(format === "md" ? { "content-language": locale } : {}),
    },
  });
}
