import { ZodError } from "zod";
import { databaseUnavailableError } from "@/lib/kernel/db/database-unavailable";
import { AppError, type AppErrorCode, type FieldError } from "@/lib/kernel/errors";
import { logError, logWarn } from "@/lib/kernel/log";

const titles: Record<AppErrorCode | "internal", string> = {
  bad_request: "Bad request",
  unauthorized: "Unauthorized",
  forbidden: "Forbidden",
  not_found: "Not found",
  request_timeout: "Request timeout",
  conflict: "Conflict",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  validation: "Validation failed",
  rate_limited: "Too many requests",
  unavailable: "Service unavailable",
  internal: "Internal server error",
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: FieldError[];
};

export function zodErrors(error: ZodError, prefix = ""): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}

/** A problem+json response for a problem already built (most callers want `problemResponse`). */
export function problemJsonResponse(problem: Problem, headers: HeadersInit = {}): Response {
  const extra = new Headers(headers);
  extra.set("content-type", "application/problem+json");
  extra.set("x-request-id", problem.requestId);
  return new Response(JSON.stringify(problem), { status: problem.status, headers: extra });
}

/** The one error shape of the API (RFC 9457 problem+json). Unknown errors are logged and answered generically. */
export function problemResponse(thrown: unknown, requestId: string, headers: HeadersInit = {}): Response {
  let problem: Problem;
  const extra = new Headers(headers);
  // A database that went away is an outage to wait out (503, Retry-After), not a bug of ours (500).
  const unavailable = databaseUnavailableError(thrown);
  if (unavailable) logWarn("database unavailable", { requestId, error: String(thrown) });
  const error = unavailable ?? thrown;
  if (error instanceof AppError) {
    problem = {
      type: `/docs#errors-${error.details.reason ?? error.code}`,
      title: titles[error.code],
      status: error.status,
      detail: error.message,
      requestId,
      ...(error.details.errors?.length ? { errors: error.details.errors } : {}),
    };
    if (error.details.retryAfterSeconds !== undefined)
      extra.set("retry-after", String(error.details.retryAfterSeconds));
  } else if (error instanceof ZodError) {
    problem = {
      type: "/docs#errors-validation",
      title: titles.validation,
      status: 422,
      detail: "The request did not pass validation.",
      requestId,
      errors: zodErrors(error),
    };
  } else {
    logError("unhandled API error", error, { requestId });
    problem = {
      type: "/docs#errors-internal",
      title: titles.internal,
      status: 500,
      detail: `Something went wrong on our side. Quote request id ${requestId} if you report it.`,
      requestId,
    };
  }
  return problemJsonResponse(problem, extra);
}
