import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { clearTranscript } from "@/lib/meetings/clear-transcript";
import { removeQueuedFiles } from "@/lib/meetings/delete-meeting";
import { getMeetingJson, getOwnedMeeting } from "@/lib/meetings/get-meeting";
import type { MeetingJson } from "@/lib/meetings/meeting-json";
import type { MeetingRow } from "@/lib/meetings/rows";
import { changeStatus } from "@/lib/meetings/status";
import { getStorage } from "@/lib/storage/get-storage";
import type { MediaKind } from "@/lib/transcription/sniff-media";
import { importTranscript, notUploadable, UPLOADABLE } from "./import-transcript";
import {
  fileTooLarge,
  MAX_RECORDING_BYTES,
  MAX_TRANSCRIPT_BYTES,
  UPLOAD_PACE,
  type UploadPace,
} from "./limits";
import { probeRecording } from "./probe-recording";
import { receiveUpload } from "./receive-upload";

export type IngestResult = { kind: "transcript" | "recording"; meeting: MeetingJson };

/** A file that has arrived (by multipart or straight into storage), told apart by its first bytes. */
export type ReceivedFile = {
  size: number;
  media: MediaKind | null;
  /** The name it was sent with, when known: only compared with the meeting's title, never a path. */
  fileName?: string;
  /** When a recording was made, as its file says; becomes the meeting's start unless one is set. */
  recordedAt?: Date | null;
  /** A path on this machine holding the bytes, fetching them first when they are elsewhere. */
  localPath(): Promise<string>;
  /** Puts a recording where jobs will find it and returns its storage key. */
  storeRecording(media: MediaKind): Promise<string>;
};

/**
 * Takes a meeting's received file: a transcript is stored as segments now; a recording is kept in
 * storage and queued for transcription. A file refused at any step leaves the meeting as it was.
 */
export async function storeReceivedFile(
  userId: string,
  meeting: MeetingRow,
  file: ReceivedFile,
): Promise<IngestResult> {
  if (file.size === 0) throw new AppError("validation", "The file is empty.", { reason: "empty" });
  const limit = file.media ? MAX_RECORDING_BYTES : MAX_TRANSCRIPT_BYTES;
  if (file.size > limit) throw fileTooLarge(limit);
  if (!file.media) {
    await importTranscript(meeting, await file.localPath(), { fileName: file.fileName });
    return { kind: "transcript", meeting: await getMeetingJson(userId, meeting.id) };
  }
  const key = await file.storeRecording(file.media);
  const replaced = await getSql().begin(async (sql) => {
    const [previous] = await sql<{ media_key: string | null }[]>`
      select media_key from meetings
      where id = ${meeting.id} and owner_id = ${userId} and status = any(${UPLOADABLE}) for update`;
    if (!previous) return undefined;
    await clearTranscript(sql, meeting.id);
    await sql`
      update meetings set media_key = ${key}, media_mime = ${file.media?.mime ?? null}, media_size = ${file.size},
        source = 'upload', started_at = coalesce(started_at, ${file.recordedAt ?? null}::timestamptz)
      where id = ${meeting.id}`;
    await changeStatus(meeting.id, { to: "uploaded", from: UPLOADABLE, next: "transcribe" }, sql);
    const old = previous.media_key && previous.media_key !== key ? previous.media_key : null;
    if (old) await sql`insert into storage_deletions (key) values (${old}) on conflict do nothing`;
    return { old };
  });
  if (!replaced) {
    await getStorage().delete(key);
    throw new AppError("conflict", "This meeting changed while the file was uploading.");
  }
  if (replaced.old) await removeQueuedFiles([replaced.old]);
  return { kind: "recording", meeting: await getMeetingJson(userId, meeting.id) };
}

/** Takes a meeting's file sent as multipart/form-data through this server. */
export async function ingestUpload(
  userId: string,
  meetingId: string,
  request: Request,
  pace: UploadPace = UPLOAD_PACE,
): Promise<IngestResult> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (!UPLOADABLE.includes(meeting.status)) throw notUploadable(meeting.status);
  const upload = await receiveUpload(request, pace);
  try {
    const probed = upload.media && upload.size > 0 ? await probeRecording(upload.path) : null;
    return await storeReceivedFile(userId, meeting, {
      size: upload.size,
      media: upload.media,
      recordedAt: probed?.recordedAt ?? null,
      fileName: upload.fileName,
      localPath: async () => upload.path,
      storeRecording: async (media) => {
        // A key of its own per upload: two uploads at once never overwrite or delete each other's file.
        const key = `meetings/${meetingId}/recording-${randomUUID()}.${media.extension}`;
        await getStorage().putFile(key, upload.path, media.mime);
        return key;
      },
    });
  } finally {
    await rm(upload.path, { force: true });
  }
}
