import { MAX_RECORDING_BYTES, MAX_TRANSCRIPT_BYTES } from "@/lib/ingest/limits";
import { sniffMedia } from "@/lib/transcription/sniff-media";

/** Why an upload didn't happen; `reason` is what the UI translates (a problem's reason or code). */
export type UploadFailure = {
  ok: false;
  reason: string;
  /** The server's plain-English detail, if it answered with a problem. */
  message: string;
  status?: number;
  /** Where in the file the problem is: a line of a text file or a segment of a JSON list. */
  location?: { line?: number; segment?: number };
  requestId?: string;
  retryAfterSeconds?: number;
  size?: number;
};

const HEAD_BYTES = 64;

/** The size limit the server applies to a file: recordings up to 2 GB, anything else is a transcript. */
export function sizeRefusal(size: number, recording: boolean): UploadFailure | null {
  if (size === 0) return { ok: false, reason: "empty", message: "" };
  if (recording && size > MAX_RECORDING_BYTES)
    return { ok: false, reason: "recording_too_large", message: "", size };
  if (!recording && size > MAX_TRANSCRIPT_BYTES)
    return { ok: false, reason: "transcript_too_large", message: "", size };
  return null;
}

/**
 * Refuses, before anything is sent, a file the server would refuse for its size. Its first bytes
 * tell a recording from a transcript the same way the server tells them (the server still decides).
 */
export async function checkFileBeforeUpload(file: Blob): Promise<UploadFailure | null> {
  if (file.size === 0) return sizeRefusal(0, false);
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return sizeRefusal(file.size, sniffMedia(head) !== null);
}
