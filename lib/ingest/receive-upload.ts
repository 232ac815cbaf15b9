import { randomUUID } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { AppError } from "@/lib/kernel/errors";
import { type MediaKind, sniffMedia } from "@/lib/transcription/sniff-media";
import { checkUploadFileName } from "./file-name";
import {
  fileTooLarge,
  MAX_RECORDING_BYTES,
  MAX_TRANSCRIPT_BYTES,
  UPLOAD_PACE,
  type UploadPace,
  uploadTooSlow,
} from "./limits";

export type ReceivedUpload = { path: string; size: number; fileName: string; media: MediaKind | null };

const HEAD_BYTES = 64;

/**
 * Streams the multipart field `file` to a temporary file, never holding it in memory. Its first
 * bytes decide what it is; the size limit follows (50 MB for transcripts, 2 GB for recordings).
 * A body arriving slower than `pace` is cut (408) and its temporary file removed.
 */
export async function receiveUpload(
  request: Request,
  pace: UploadPace = UPLOAD_PACE,
): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) {
    throw new AppError(
      "unsupported_media_type",
      "Send the file as multipart/form-data in a field named `file`.",
    );
  }
  const tmpDir = path.join(dataDir(), "tmp");
  // Private like the stored files: a recording is readable by no other account while it arrives.
  await mkdir(tmpDir, { recursive: true, mode: 0o700 });
  const tmpPath = path.join(tmpDir, `upload-${randomUUID()}`);

  try {
    return await new Promise<ReceivedUpload>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: { "content-type": contentType },
          // Keep the name as sent, so one that pretends to be a path is refused rather than silently cut.
          preservePath: true,
          limits: { files: 1, fileSize: MAX_RECORDING_BYTES, fields: 20 },
        });
      } catch {
        reject(new AppError("bad_request", "The multipart body is malformed."));
        return;
      }
      let received: Promise<ReceivedUpload> | undefined;
      let openFile: WriteStream | undefined;
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        reject(error);
      };

      parser.on("file", (field, stream, info) => {
        if (field !== "file" || received) {
          stream.resume();
          return;
        }
        let fileName: string;
        try {
          fileName = checkUploadFileName(info.filename ?? "upload");
        } catch (error) {
          stream.resume();
          fail(error);
          return;
        }
        received = new Promise<ReceivedUpload>((done, error) => {
          const out = createWriteStream(tmpPath, { mode: 0o600 });
          openFile = out;
          let size = 0;
          let head = Buffer.alloc(0);
          let media: MediaKind | null | undefined;
          let limit = MAX_RECORDING_BYTES;
          stream.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (media === undefined && head.length < HEAD_BYTES) {
              head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
              if (head.length >= HEAD_BYTES) {
                media = sniffMedia(head);
                if (!media) limit = MAX_TRANSCRIPT_BYTES;
              }
            }
            if (size > limit) {
              stream.unpipe(out);
              stream.resume();
              out.destroy();
              error(fileTooLarge(limit));
            }
          });
          stream.on("limit", () => error(fileTooLarge(MAX_RECORDING_BYTES)));
          stream.on("error", error);
          out.on("error", error);
          out.on("finish", () => {
            if (media === undefined) media = sniffMedia(head);
            if (!media && size > MAX_TRANSCRIPT_BYTES) error(fileTooLarge(MAX_TRANSCRIPT_BYTES));
            else done({ path: tmpPath, size, fileName, media: media ?? null });
          });
          stream.pipe(out);
        });
        received.catch(fail);
      });
      parser.on("error", () =>
        fail(
          new AppError(
            "bad_request",
            "The multipart body is malformed or was cut off (a file name must not contain control characters).",
            { reason: "bad_multipart" },
          ),
        ),
      );
      parser.on("close", () => {
        if (!received)
          fail(
            new AppError("validation", "The request has no file in a field named `file`.", {
              errors: [{ path: "file", message: "required" }],
            }),
          );
        else received.then(resolve, fail);
      });
      const body = Readable.fromWeb(request.body as unknown as WebReadableStream);
      let arrived = 0;
      body.on("data", (chunk: Buffer) => {
        arrived += chunk.length;
      });
      let windowStart = 0;
      const minimum = (pace.minBytesPerSecond * pace.windowMs) / 1000;
      const watchdog = setInterval(() => {
        if (arrived - windowStart >= minimum) {
          windowStart = arrived;
          return;
        }
        fail(uploadTooSlow(pace));
        // Stop reading the client and let go of the file, so its removal below leaves nothing open.
        body.destroy();
        parser.destroy();
        openFile?.destroy();
      }, pace.windowMs);
      const stopWatchdog = () => clearInterval(watchdog);
      parser.on("close", stopWatchdog);
      body.on("close", stopWatchdog);
      body.on("end", stopWatchdog);
      body.on("error", () => fail(new AppError("bad_request", "The upload was interrupted."))).pipe(parser);
    });
  } catch (error) {
    await rm(tmpPath, { force: true });
    throw error;
  }
}
