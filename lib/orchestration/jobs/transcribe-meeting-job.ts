import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { transcriptionGapReason, transcriptionProvider } from "@/lib/ai/providers";
import { addParticipants, insertSegments } from "@/lib/ingest/segment-writes";
import { getSql } from "@/lib/kernel/db/client";
import { logError } from "@/lib/kernel/log";
import type { Reason } from "@/lib/kernel/reasons";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";
import { changeStatus } from "@/lib/meetings/status";
import { failMeeting } from "@/lib/orchestration/events/fail-meeting";
import { searchConfigFor } from "@/lib/search/ts-query";
import { getStorage } from "@/lib/storage/get-storage";
import { transcribeRecording } from "@/lib/transcription/transcribe-recording";
import { isTranscriptionError, TranscriptionError } from "@/lib/transcription/transcription-error";

type MeetingToTranscribe = {
  id: string;
  status: string;
  media_key: string | null;
  media_mime: string | null;
  language: "auto" | "es" | "en";
};

// A replayed job (a retry after a crash, a duplicate) finds the meeting past these and does nothing.
const TO_TRANSCRIBE: MeetingStatus[] = ["uploaded", "transcribing"];

async function setStatus(meetingId: string, to: MeetingStatus, error: Reason | null) {
  await changeStatus(meetingId, { to, from: TO_TRANSCRIBE, error });
}

async function meetingExists(meetingId: string): Promise<boolean> {
  const [row] = await getSql()`select 1 from meetings where id = ${meetingId}`;
  return Boolean(row);
}

async function download(key: string, dir: string): Promise<string> {
  const object = await getStorage().get(key);
  if (!object) {
    throw new TranscriptionError("unreadable_audio", { code: "recordingMissing" });
  }
  const file = path.join(dir, path.basename(key));
  await pipeline(object.stream, createWriteStream(file));
  return file;
}

/**
 * The transcribe job: recording → segments, then analysis. Without an engine for the meeting's
 * language it waits in `awaiting_transcription` (the sweeper resumes it once one is configured).
 * Errors that can pass are retried by the queue; on the last attempt, or for ones that can't, the
 * meeting is `failed` with the reason, and its recording is kept. A meeting deleted meanwhile ends
 * the job quietly.
 */
export async function transcribeMeetingJob(meetingId: string, finalAttempt: boolean): Promise<void> {
  const [meeting] = await getSql()<MeetingToTranscribe[]>`
    select id, status, media_key, media_mime, language from meetings where id = ${meetingId}`;
  if (!meeting?.media_key || !TO_TRANSCRIBE.includes(meeting.status as MeetingStatus)) return;
  const gap = transcriptionGapReason(transcriptionProvider(), meeting.language);
  if (gap) {
    await setStatus(meetingId, "awaiting_transcription", gap);
    return;
  }
  await setStatus(meetingId, "transcribing", null);
  const dir = await mkdtemp(path.join(tmpdir(), "minuta-transcribe-"));
  try {
    const file = await download(meeting.media_key, dir);
    const result = await transcribeRecording({
      path: file,
      mime: meeting.media_mime ?? "",
      language: meeting.language,
    });
    if (result.segments.length === 0) {
      await failMeeting(meetingId, { code: "noSpeech" }, TO_TRANSCRIBE);
      return;
    }
    const language = meeting.language === "auto" ? (result.language ?? "auto") : meeting.language;
    await getSql().begin(async (sql) => {
      const [locked] = await sql`
        select id from meetings where id = ${meetingId} and status = any(${TO_TRANSCRIBE}) for update`;
      if (!locked) return;
      await sql`delete from transcript_segments where meeting_id = ${meetingId}`;
      await insertSegments(sql, meetingId, result.segments, 0, searchConfigFor(language));
      await addParticipants(
        sql,
        meetingId,
        [...new Set(result.segments.map((s) => s.speaker))].map((name) => ({ name })),
      );
      const durationMs = result.segments.reduce((max, s) => Math.max(max, s.endMs), 0);
      await sql`update meetings set language = ${language}, duration_ms = ${durationMs} where id = ${meetingId}`;
      await changeStatus(meetingId, { to: "analyzing", from: TO_TRANSCRIBE, next: "analyze" }, sql);
    });
  } catch (error) {
    if (!(await meetingExists(meetingId))) return;
    if (isTranscriptionError(error) && error.code === "unconfigured") {
      await setStatus(meetingId, "awaiting_transcription", error.reason);
      return;
    }
    const retryable = !isTranscriptionError(error) || error.retryable;
    if (retryable && !finalAttempt) throw error;
    logError("transcription failed", error, { meetingId });
    const reason: Reason = isTranscriptionError(error) ? error.reason : { code: "transcriptionFailed" };
    await failMeeting(meetingId, reason, TO_TRANSCRIBE);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
