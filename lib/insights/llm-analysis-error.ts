import { englishReason, type Reason } from "@/lib/kernel/reasons";

export type LlmAnalysisErrorCode =
  | "invalid_output"
  | "provider_error"
  | "rate_limited"
  | "timeout"
  | "circuit_open";

/**
 * The model could not produce notes. Callers fall back to the local engine and show a note;
 * `retryable` says whether trying the model again later can help (provider trouble) or not
 * (the model keeps answering outside the schema, or refuses the request).
 */
export class LlmAnalysisError extends Error {
  readonly retryable: boolean;
  /** What a failed meeting or a fallback note stores (lib/kernel/reasons.ts); `message` is it in English. */
  readonly reason: Reason;

  constructor(
    readonly code: LlmAnalysisErrorCode,
    why: Reason | string,
    options: { retryable: boolean; cause?: unknown },
  ) {
    const reason: Reason = typeof why === "string" ? { code: "other", params: { text: why } } : why;
    super(englishReason(reason), { cause: options.cause });
    this.reason = reason;
    this.name = "LlmAnalysisError";
    this.retryable = options.retryable;
  }
}
