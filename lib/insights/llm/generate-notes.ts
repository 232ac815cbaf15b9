import {
  APICallError,
  EmptyResponseBodyError,
  generateText,
  InvalidResponseDataError,
  JSONParseError,
  type LanguageModel,
  NoObjectGeneratedError,
  Output,
  RetryError,
  TypeValidationError,
} from "ai";
import { type CircuitBreaker, CircuitOpenError } from "@/lib/ai/circuit-breaker";
import { LlmAnalysisError } from "@/lib/insights/llm-analysis-error";
import { type ModelNotes, notesSchema } from "./notes-schema";

export type NotesCall = {
  model: LanguageModel;
  instructions: string;
  prompt: string;
  breaker: CircuitBreaker;
  /** The AI SDK's own retries of 429/5xx/network errors, per attempt. */
  maxRetries: number;
  timeoutMs: number;
};

const ATTEMPTS = 2;

/** Structured notes from the model; an answer that isn't valid JSON for the schema is asked for once more. */
export async function generateNotes(call: NotesCall): Promise<ModelNotes> {
  let lastInvalid: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const result = await call.breaker.run(() =>
        generateText({
          model: call.model,
          instructions: call.instructions,
          prompt: call.prompt,
          output: Output.object({ schema: notesSchema, name: "meeting_notes" }),
          temperature: 0,
          maxRetries: call.maxRetries,
          timeout: call.timeoutMs,
        }),
      );
      return result.output;
    } catch (error) {
      if (!NoObjectGeneratedError.isInstance(error)) throw toLlmAnalysisError(error);
      lastInvalid = error;
    }
  }
  throw new LlmAnalysisError(
    "invalid_output",
    { code: "modelSchema", params: { count: String(ATTEMPTS) } },
    {
      retryable: false,
      cause: lastInvalid,
    },
  );
}

/** Whether an error says the provider is unhealthy (counts toward its circuit breaker). */
export function isProviderFailure(error: unknown): boolean {
  if (NoObjectGeneratedError.isInstance(error)) return false;
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(cause) && cause.statusCode !== undefined) {
    return (
      isSuccess(cause.statusCode) ||
      cause.statusCode >= 500 ||
      [401, 403, 408, 429].includes(cause.statusCode)
    );
  }
  return true;
}

const isSuccess = (status: number) => status >= 200 && status < 300;

/** A response that isn't a completion at all: an HTML page from a proxy, cut-off or foreign JSON. */
function isUnreadableResponse(error: unknown): boolean {
  return (
    (APICallError.isInstance(error) && error.statusCode !== undefined && isSuccess(error.statusCode)) ||
    JSONParseError.isInstance(error) ||
    TypeValidationError.isInstance(error) ||
    InvalidResponseDataError.isInstance(error) ||
    EmptyResponseBodyError.isInstance(error)
  );
}

function toLlmAnalysisError(error: unknown): LlmAnalysisError {
  if (error instanceof CircuitOpenError) {
    return new LlmAnalysisError("circuit_open", error.reason, { retryable: true, cause: error });
  }
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError")) {
    return new LlmAnalysisError(
      "timeout",
      { code: "modelTimeout" },
      {
        retryable: true,
        cause: error,
      },
    );
  }
  // Provider trouble like a 5xx, so retried, then failing the meeting; never a refusal.
  if (isUnreadableResponse(cause)) {
    const status = APICallError.isInstance(cause) ? ` (HTTP ${cause.statusCode})` : "";
    return new LlmAnalysisError(
      "provider_error",
      `The model provider sent an answer that could not be read${status}.`,
      { retryable: true, cause: error },
    );
  }
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    if (status === 429) {
      return new LlmAnalysisError(
        "rate_limited",
        { code: "modelRateLimited" },
        {
          retryable: true,
          cause: error,
        },
      );
    }
    if (status === undefined || status >= 500 || cause.isRetryable) {
      return new LlmAnalysisError(
        "provider_error",
        status === undefined
          ? { code: "modelNetworkError" }
          : { code: "modelFailed", params: { status: String(status) } },
        {
          retryable: true,
          cause: error,
        },
      );
    }
    return new LlmAnalysisError(
      "provider_error",
      { code: "modelRefused", params: { status: String(status) } },
      {
        retryable: false,
        cause: error,
      },
    );
  }
  return new LlmAnalysisError(
    "provider_error",
    { code: "modelCallFailed" },
    { retryable: true, cause: error },
  );
}
