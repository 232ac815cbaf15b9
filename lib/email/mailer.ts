import "server-only";
import { Resend } from "resend";
import { type CircuitBreaker, circuitBreakerFor } from "@/lib/ai/circuit-breaker";
import { env } from "@/lib/kernel/env";

export type OutgoingMessage = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  /** Sent as the provider's idempotency key: a retry after a timeout never sends twice. */
  idempotencyKey: string;
};

export type Mailer = { name: "resend"; send(message: OutgoingMessage): Promise<{ providerId: string }> };

/** A provider's refusal, with its HTTP status (null: no answer at all). */
export class MailerError extends Error {
  constructor(
    readonly status: number | null,
    readonly code: string,
    message: string,
  ) {
    super(`${status ?? "no response"} ${code}: ${message}`);
    this.name = "MailerError";
  }
}

/**
 * Whether sending this message again can't help: the provider refused it (a 4xx) for a reason about
 * the message, the address or the account. A timeout (408), a rate or quota limit (429) and a
 * request still in flight under the same idempotency key (409 concurrent_idempotent_requests) pass.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (!(error instanceof MailerError) || error.status === null) return false;
  if (error.status < 400 || error.status >= 500) return false;
  if (error.status === 408 || error.status === 429) return false;
  return !(error.status === 409 && error.code === "concurrent_idempotent_requests");
}

// Only an unreachable or failing provider counts against the breaker; a 4xx is about the message.
const isOutage = (error: unknown) =>
  !(error instanceof MailerError) ||
  error.status === null ||
  error.status === 408 ||
  error.status === 429 ||
  error.status >= 500;

/** The process-wide breaker in front of Resend (the health check reads its state too). */
export function resendBreaker(): CircuitBreaker {
  return circuitBreakerFor("email:resend", { isFailure: isOutage });
}

const DEFAULT_FROM = "Minuta <onboarding@resend.dev>";
// A provider that doesn't answer is given up on (and retried later) rather than holding the job.
const SEND_TIMEOUT_MS = 30_000;

function resendMailer(apiKey: string): Mailer {
  return {
    name: "resend",
    async send(message) {
      // RESEND_BASE_URL (read by the SDK when it is constructed) points it at another server.
      const resend = new Resend(apiKey);
      return resendBreaker().run(async () => {
        const { data, error } = await resend.emails.send(
          {
            from: env().EMAIL_FROM || DEFAULT_FROM,
            to: message.to,
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers: message.headers,
          },
          { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
        );
        if (error) throw new MailerError(error.statusCode ?? null, error.name, error.message);
        return { providerId: data.id };
      });
    },
  };
}

/** The email provider the environment configures: Resend with RESEND_API_KEY, else none (outbox only). */
export function getMailer(): Mailer | null {
  const apiKey = env().RESEND_API_KEY;
  return apiKey ? resendMailer(apiKey) : null;
}
