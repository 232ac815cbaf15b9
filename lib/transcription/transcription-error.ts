export type TranscriptionErrorCode =
  | "unconfigured"
  | "unreadable_audio"
  | "unsupported_codec"
  | "provider_error"
  | "rate_limited"
  | "timeout"
  /** ffmpeg/ffprobe, needed to convert or cut this recording, are not installed. */
  | "missing_tool";

/**
 * Why a recording could not be transcribed. `message` is plain English for the user (the UI may
 * translate by `code`); `retryable` says whether running the same job again can succeed.
 */
export class TranscriptionError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(
    readonly code: TranscriptionErrorCode,
    message: string,
    options: { retryable?: boolean; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "TranscriptionError";
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isTranscriptionError(error: unknown): error is TranscriptionError {
  return error instanceof TranscriptionError;
}
