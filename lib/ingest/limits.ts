import { AppError } from "@/lib/kernel/errors";

export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024 * 1024;

export function fileTooLarge(limit: number): AppError {
  const mb = Math.round(limit / 1024 / 1024);
  return new AppError(
    "payload_too_large",
    `The file is larger than the ${mb >= 1024 ? `${mb / 1024} GB` : `${mb} MB`} limit.`,
    {
      reason: "file_too_large",
    },
  );
}

/**
 * The slowest upload kept going: one that sends less than `minBytesPerSecond` over any
 * `windowMs` is cut with a 408, so a client dripping bytes (slowloris) can't hold a connection and
 * a temporary file for the hour an upload may take. 4 KiB/s is 32 kbit/s, below any real uplink.
 */
export type UploadPace = { minBytesPerSecond: number; windowMs: number };

export const UPLOAD_PACE: UploadPace = { minBytesPerSecond: 4 * 1024, windowMs: 30_000 };

export function uploadTooSlow(pace: UploadPace): AppError {
  const kib = pace.minBytesPerSecond / 1024;
  return new AppError(
    "request_timeout",
    `The upload was cut: it sent less than ${kib} KiB/s for ${pace.windowMs / 1000} seconds. Try again on a faster connection.`,
    { reason: "upload_too_slow" },
  );
}
