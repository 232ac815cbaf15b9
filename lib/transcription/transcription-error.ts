import { englishReason, type Reason } from "@/lib/kernel/reasons";

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
 * Why a recording could not be transcribed. `reason` is what the meeting stores (a code the page
 * puts in the reader's words; a sentence of its own is kept as `other`), `message` the same in
 * English for logs; `retryable` says whether running the same job again can succeed.
 */
export class TranscriptionError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly reason: Reason;

  constructor(
    readonly code: TranscriptionErrorCode,
    why: Reason | string,
    options: { retryable?: boolean; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    const reason: Reason = typeof why === "string" ? { code: "other", params: { text: why } } : why;
    super(englishReason(reason), { cause: options.cause });
    this.reason = reason;
    this.name = "TranscriptionError";
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isTranscriptionError(error: unknown): error is TranscriptionError {
  return error instanceof TranscriptionError;
}
