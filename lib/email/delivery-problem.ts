import { CircuitOpenError } from "@/lib/ai/circuit-breaker";
import { MailerError } from "./mailer";
import type { EmailStatus } from "./rows";

// How a delivery problem is written to emails.last_error (one line, read back by people in plain
// words): "<status|no response> <code>: <provider's message>" for a provider's answer,
// "<kind>: <detail>" for everything else.
export const NOT_CONFIGURED = "not_configured: no email provider is configured (RESEND_API_KEY is not set)";
export const NOT_QUEUED = "not_queued: the delivery job could not be queued";
const LAST_ERROR_MAX = 1000;

export function lastErrorOf(error: unknown): string {
  let line: string;
  if (error instanceof MailerError) line = error.message;
  else if (error instanceof CircuitOpenError) line = `circuit_open: ${error.message}`;
  else line = `error: ${error instanceof Error ? error.message : String(error)}`;
  return line.replace(/\s+/g, " ").slice(0, LAST_ERROR_MAX);
}

/** What went wrong, as the Sent emails page says it. */
export type DeliveryProblem =
  | "not_configured"
  | "rejected"
  | "credentials"
  | "rate_limited"
  | "provider_unavailable"
  | "not_queued"
  | "unknown";

export type ExplainedProblem = {
  problem: DeliveryProblem;
  /** The provider's own words when it refused the message (shown as text, second to ours). */
  detail: string | null;
};

const PROVIDER_ANSWER = /^(\d{3}|no response) ([\w.-]+): (.*)$/s;

export function explainDeliveryProblem(
  status: EmailStatus,
  lastError: string | null,
): ExplainedProblem | null {
  if (status === "skipped") return { problem: "not_configured", detail: null };
  if (!lastError || status === "sent") return null;
  const answer = PROVIDER_ANSWER.exec(lastError);
  if (answer) {
    const code = answer[1] === "no response" ? null : Number(answer[1]);
    const detail = answer[3]?.trim() || null;
    if (code === null || code === 408 || code >= 500)
      return { problem: "provider_unavailable", detail: null };
    if (code === 429) return { problem: "rate_limited", detail };
    if (code === 401 || code === 403) return { problem: "credentials", detail };
    return { problem: "rejected", detail };
  }
  if (lastError.startsWith("circuit_open:")) return { problem: "provider_unavailable", detail: null };
  if (lastError.startsWith("not_configured:")) return { problem: "not_configured", detail: null };
  if (lastError.startsWith("not_queued:") || lastError === "could not be queued") {
    return { problem: "not_queued", detail: null };
  }
  return { problem: "unknown", detail: null };
}
