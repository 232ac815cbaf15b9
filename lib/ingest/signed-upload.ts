import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { getSql } from "@/lib/kernel/db/client";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { AppError } from "@/lib/kernel/errors";
import { logError } from "@/lib/kernel/log";
import { getMeetingJson, getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { getStorage } from "@/lib/storage/get-storage";
import type { Storage } from "@/lib/storage/storage";
import { SupabaseStorage } from "@/lib/storage/supabase-storage";
import { sniffMedia } from "@/lib/transcription/sniff-media";
import { notUploadable, UPLOADABLE } from "./import-transcript";
import { type IngestResult, storeReceivedFile } from "./ingest-upload";
import { MAX_RECORDING_BYTES } from "./limits";
import { canProbeRecordings, probeRecording } from "./probe-recording";
import type { SignedUploadJson } from "./schemas";

/**
 * Uploads that skip this server (Vercel caps request bodies near 4.5 MB): the browser sends the
 * file to a signed Supabase Storage URL, then tells us the key; we take it from there.
 */

export type { SignedUploadJson };

export const completeUploadSchema = z.object({
  key: z.string().min(1).max(300),
  /** The uploaded file's name: a title the file carries replaces one made from it. */
  fileName: z.string().max(1000).optional(),
});

const SNIFF_BYTES = 64;

const uploadKeyPattern = (meetingId: string) =>
  new RegExp(`^meetings/${meetingId}/uploads/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);

export async function createSignedUpload(userId: string, meetingId: string): Promise<SignedUploadJson> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  const storage = getStorage();
  if (!(storage instanceof SupabaseStorage)) {
    throw new AppError(
      "conflict",
      "This server keeps files itself; send the file to POST /api/v1/meetings/{id}/files instead.",
      { reason: "direct_upload_unavailable" },
    );
  }
  if (!UPLOADABLE.includes(meeting.status)) throw notUploadable(meeting.status);
  const key = `meetings/${meetingId}/uploads/${randomUUID()}`;
  const signed = await storage.createSignedUpload(key);
  return { uploadUrl: signed.url, token: signed.token, key, expiresAt: signed.expiresAt.toISOString() };
}

async function readHead(storage: Storage, key: string, size: number): Promise<Buffer> {
  const object = await storage.get(key, { start: 0, end: Math.min(size, SNIFF_BYTES) - 1 });
  if (!object) throw new AppError("not_found", "The uploaded file disappeared from storage.");
  const chunks: Buffer[] = [];
  for await (const chunk of object.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function downloadToTemp(storage: Storage, key: string): Promise<string> {
  const object = await storage.get(key);
  if (!object) throw new AppError("not_found", "The uploaded file disappeared from storage.");
  const dir = path.join(dataDir(), "tmp");
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `upload-${randomUUID()}`);
  try {
    await pipeline(object.stream, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return file;
}

/** Removes an upload that was refused, unless the meeting ended up keeping it as its recording. */
async function discardUpload(storage: Storage, meetingId: string, key: string): Promise<void> {
  const [row] = await getSql()<{ media_key: string | null }[]>`
    select media_key from meetings where id = ${meetingId}`;
  if (row?.media_key === key) return;
  await storage
    .delete(key)
    .catch((error) => logError("could not remove a refused upload from storage", error, { key }));
}

/**
 * The browser finished sending a file to its signed URL: recognise it by its first bytes, check a
 * recording with ffprobe, and store it as the multipart route would. Anything refused is removed
 * from storage again.
 */
export async function completeSignedUpload(
  userId: string,
  meetingId: string,
  key: string,
  fileName?: string,
): Promise<IngestResult> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (!uploadKeyPattern(meetingId).test(key)) {
    throw new AppError("validation", "This key is not an upload of this meeting.", {
      errors: [{ path: "key", message: "must be the key returned by upload-url for this meeting" }],
    });
  }
  // A retry after a completion that succeeded: answer the same again.
  if (meeting.mediaKey === key)
    return { kind: "recording", meeting: await getMeetingJson(userId, meetingId) };

  const storage = getStorage();
  let localCopy: string | undefined;
  try {
    if (!UPLOADABLE.includes(meeting.status)) throw notUploadable(meeting.status);
    const size = await storage.size(key);
    if (size === null) {
      throw new AppError(
        "validation",
        "Nothing was uploaded under this key; send the file to the upload URL first.",
        {
          reason: "upload_missing",
          errors: [{ path: "key", message: "no uploaded file under this key" }],
        },
      );
    }
    const media = size > 0 ? sniffMedia(await readHead(storage, key, size)) : null;
    const localPath = async () => {
      localCopy ??= await downloadToTemp(storage, key);
      return localCopy;
    };
    // Like the streamed route: a recording ffprobe can't read is refused before it is kept.
    const probed =
      media && size <= MAX_RECORDING_BYTES && canProbeRecordings()
        ? await probeRecording(await localPath())
        : null;
    const result = await storeReceivedFile(userId, meeting, {
      size,
      media,
      fileName,
      recordedAt: probed?.recordedAt ?? null,
      localPath,
      storeRecording: async () => key,
    });
    // A transcript lives on as segments; like a multipart one, its file is not kept.
    if (result.kind === "transcript") await discardUpload(storage, meetingId, key);
    return result;
  } catch (error) {
    await discardUpload(storage, meetingId, key);
    throw error;
  } finally {
    if (localCopy) await rm(localCopy, { force: true });
  }
}
