import { z } from "zod";
import { getSql } from "@/lib/kernel/db/client";
import { notifyMeeting } from "@/lib/kernel/db/notify";
import { AppError } from "@/lib/kernel/errors";
import { detectLanguage } from "@/lib/kernel/text/detect-language";
import { searchConfigFor } from "@/lib/search/ts-query";
import { cleanSpeakerLabel, cleanText, MAX_SEQ } from "@/lib/transcripts/normalize-segment";
import { getMeetingJson, getOwnedMeeting } from "./get-meeting";
import type { MeetingJson, SegmentJson, SegmentsAppended } from "./schemas";
import { changeStatus } from "./status";

export const segmentInputSchema = z
  .object({
    seq: z.number().int().min(0).max(MAX_SEQ),
    // Cleaned exactly as imported files are, so a JSON export imports back unchanged.
    speaker: z.string().max(100).default("").transform(cleanSpeakerLabel),
    text: z
      .string()
      .transform(cleanText)
      .pipe(z.string().min(1, { message: "must not be empty" }).max(20_000)),
    startMs: z.number().int().min(0, { message: "must not be negative" }).max(2_000_000_000),
    endMs: z.number().int().min(0, { message: "must not be negative" }).max(2_000_000_000),
  })
  .refine((segment) => segment.endMs >= segment.startMs, {
    message: "endMs must not be before startMs",
    path: ["endMs"],
  });

export const appendSegmentsSchema = z
  .object({
    segments: z
      .array(segmentInputSchema)
      .min(1, { message: "send 1 to 1000 segments" })
      .max(1000, { message: "send 1 to 1000 segments" }),
  })
  .superRefine((body, context) => {
    const seen = new Set<number>();
    body.segments.forEach((segment, index) => {
      if (seen.has(segment.seq)) {
        context.addIssue({
          code: "custom",
          path: ["segments", index, "seq"],
          message: `seq ${segment.seq} appears twice in this batch`,
        });
      }
      seen.add(segment.seq);
    });
  });

const MAX_NOTIFY_BYTES = 7000;

/**
 * Appends live caption segments. Idempotent by (meeting, seq): a seq already stored is counted as
 * a duplicate and left as first written, so a client retrying after a timeout never duplicates.
 */
export async function appendSegments(
  userId: string,
  meetingId: string,
  input: z.infer<typeof appendSegmentsSchema>,
): Promise<SegmentsAppended> {
  return getSql().begin(async (sql) => {
    // Ownership, status and the row lock in one round trip: appends are the hottest write path.
    const [meeting] = await sql<{ status: string; language: "auto" | "es" | "en" }[]>`
      select status, language from meetings where id = ${meetingId} and owner_id = ${userId} for update`;
    if (!meeting) throw new AppError("not_found", "No meeting with this id.");
    if (meeting.status !== "created" && meeting.status !== "live") {
      throw new AppError(
        "conflict",
        `Segments can only be appended to a live meeting; this one is “${meeting.status}”.`,
      );
    }
    const language =
      meeting.language === "auto" ? detectLanguage(input.segments.map((s) => s.text)) : meeting.language;
    const rows = input.segments.map((segment) => ({
      meeting_id: meetingId,
      seq: segment.seq,
      speaker: segment.speaker,
      text: segment.text,
      start_ms: segment.startMs,
      end_ms: segment.endMs,
      search_config: searchConfigFor(language),
    }));
    const inserted = await sql<SegmentJson[]>`
      insert into transcript_segments ${sql(rows)} on conflict (meeting_id, seq) do nothing
      returning seq, speaker, text, start_ms as "startMs", end_ms as "endMs"`;
    if (meeting.status === "created") {
      // `source` stays what the meeting was created with (DESIGN §5: it is a create field).
      await sql`update meetings set started_at = coalesce(started_at, now()) where id = ${meetingId}`;
      await changeStatus(meetingId, { to: "live", from: ["created"] }, sql);
    }
    const speakers = [...new Set(inserted.map((row) => row.speaker).filter(Boolean))];
    if (speakers.length > 0) {
      await sql`
        insert into participants (meeting_id, name)
        select ${meetingId}, name from unnest(${speakers}::text[]) as name
        on conflict do nothing`;
    }
    if (inserted.length > 0) {
      // Small batches travel inside the notification, so subscribers need no query of their own;
      // larger ones only say where they start (a pg_notify payload must stay under 8000 bytes).
      const withSegments = { meetingId, kind: "segments", segments: inserted };
      const signal =
        Buffer.byteLength(JSON.stringify(withSegments)) < MAX_NOTIFY_BYTES
          ? withSegments
          : { meetingId, kind: "segments", fromSeq: Math.min(...inserted.map((row) => row.seq)) };
      await notifyMeeting(signal, sql);
    }
    return { accepted: inserted.length, duplicates: rows.length - inserted.length };
  });
}

/** Closes a live meeting and starts its analysis; safe to call again once it has ended. */
export async function endMeeting(userId: string, meetingId: string): Promise<MeetingJson> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (["analyzing", "ready", "failed"].includes(meeting.status) && meeting.endedAt)
    return getMeetingJson(userId, meetingId);
  if (meeting.status === "created") {
    throw new AppError("validation", "This meeting has no segments yet; append some before ending it.", {
      reason: "no_segments",
    });
  }
  if (meeting.status !== "live")
    throw new AppError("conflict", `Only a live meeting can be ended; this one is “${meeting.status}”.`);
  await getSql().begin(async (sql) => {
    const ended = await changeStatus(meetingId, { to: "analyzing", from: ["live"], next: "analyze" }, sql);
    if (!ended) return;
    await sql`
      update meetings set ended_at = now(),
        duration_ms = (select coalesce(max(end_ms), 0) from transcript_segments where meeting_id = ${meetingId})
      where id = ${meetingId}`;
  });
  return getMeetingJson(userId, meetingId);
}
