import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { CircuitOpenError } from "@/lib/ai/circuit-breaker";
import { TranscriptionError } from "./transcription-error";

/** Whether an error says the provider is unhealthy (counts toward its circuit breaker). */
export function isProviderFailure(error: unknown): boolean {
  if (error instanceof APIError && typeof error.status === "number") {
    return error.status >= 500 || [401, 403, 408, 429].includes(error.status);
  }
  return !(error instanceof TranscriptionError);
}

/**
 * Turns what the openai SDK throws (after its own retries) into a TranscriptionError. A retryable
 * one is retried by the queue silently; its message is only shown once the last attempt failed.
 */
export function toTranscriptionError(error: unknown): TranscriptionError {
  if (error instanceof TranscriptionError) return error;
  if (error instanceof CircuitOpenError) {
    return new TranscriptionError(
      "provider_error",
      { code: "transcriptionPaused" },
      { retryable: true, retryAfterMs: error.retryAfterMs, cause: error },
    );
  }
  if (error instanceof APIConnectionTimeoutError || (error instanceof APIError && error.status === 408)) {
    return new TranscriptionError(
      "timeout",
      { code: "transcriptionTimeout" },
      {
        retryable: true,
        cause: error,
      },
    );
  }
  if (error instanceof APIError && error.status === 429) {
    return new TranscriptionError(
      "rate_limited",
      { code: "transcriptionBusy" },
      {
        retryable: true,
        retryAfterMs: retryAfterMs(error.headers),
        cause: error,
      },
    );
  }
  if (error instanceof APIConnectionError || (error instanceof APIError && (error.status ?? 500) >= 500)) {
    return new TranscriptionError(
      "provider_error",
      { code: "transcriptionServiceFailed" },
      {
        retryable: true,
        cause: error,
      },
    );
  }
  if (error instanceof APIError) {
    return new TranscriptionError(
      "provider_error",
      { code: "transcriptionRefused", params: { status: String(error.status) } },
      { cause: error },
    );
  }
  return new TranscriptionError(
    "provider_error",
    { code: "unreadableAnswer" },
    {
      cause: error,
    },
  );
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const seconds = Number(headers?.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
