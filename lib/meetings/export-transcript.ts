import { getSql } from "@/lib/db/client";
import { getInsights } from "@/lib/insights/get-insights";
import { notesMarkdown } from "@/lib/insights/notes-markdown";
import {
  EXPORT_CONTENT,
  type ExportFormat,
  exportFileName,
  exportTranscript,
} from "@/lib/transcripts/export";
import { getMeetingJson } from "./get-meeting";
import { allSegments } from "./segments";

async function notesFor(userId: string, meetingId: string): Promise<string | undefined> {
  const insights = await getInsights(userId, meetingId).catch(() => null);
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
  return notesMarkdown(insights, (seq) => times.get(seq));
}

/** The whole transcript as a download in one of the export formats, streamed from the database. */
export async function exportTranscriptResponse(
  userId: string,
  meetingId: string,
  format: ExportFormat,
): Promise<Response> {
  const meeting = await getMeetingJson(userId, meetingId);
  const notes = format === "md" ? await notesFor(userId, meetingId) : undefined;
  const chunks = exportTranscript(format, meeting, allSegments(meetingId), { notes });
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
    },
  });
}
