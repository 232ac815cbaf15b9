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

  constructor(
    readonly code: LlmAnalysisErrorCode,
    message: string,
    options: { retryable: boolean; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = "LlmAnalysisError";
    this.retryable = options.retryable;
  }
}
