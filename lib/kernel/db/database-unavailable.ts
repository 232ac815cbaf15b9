import { AppError } from "@/lib/kernel/errors";

// How long a client should wait before retrying: the watchdog restarts a crashed embedded server
// and the pools reconnect within a few seconds.
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATEs of a server going away or not back yet: admin_shutdown, crash_shutdown,
// cannot_connect_now (starting up, recovering), too_many_connections, and class 08 (connection).
const SERVER_GONE = new Set([
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
// postgres.js's own codes for a connection it lost or could not make, and the socket's.
const CONNECTION_LOST = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** Whether `error` (or an error it wraps as its `cause`) says the database can't be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (SERVER_GONE.has(code) || CONNECTION_LOST.has(code))) return true;
    // node-postgres (pg-boss) reports a lost connection by message only.
    if (current instanceof Error && /^Connection terminated/.test(current.message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The 503 a request answers while the database is away, or undefined for any other error. */
export function databaseUnavailableError(error: unknown): AppError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return new AppError("unavailable", "The database is unavailable for a moment. Retry after a few seconds.", {
    reason: "service-unavailable",
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    cause: error,
  });
}
