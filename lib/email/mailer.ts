import { Resend } from "resend";
import { circuitBreakerFor } from "@/lib/ai/circuit-breaker";

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

// Only an unreachable or failing provider counts against the breaker; a 4xx is about the message.
const isOutage = (error: unknown) =>
  !(error instanceof MailerError) || error.status === null || error.status === 429 || error.status >= 500;

const DEFAULT_FROM = "Minuta <onboarding@resend.dev>";

function resendMailer(apiKey: string): Mailer {
  return {
    name: "resend",
    async send(message) {
      // RESEND_BASE_URL (read by the SDK when it is constructed) points it at another server.
      const resend = new Resend(apiKey);
      return circuitBreakerFor("email:resend", { isFailure: isOutage }).run(async () => {
        const { data, error } = await resend.emails.send(
          {
            from: process.env.EMAIL_FROM || DEFAULT_FROM,
            to: message.to,
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers: message.headers,
          },
          { idempotencyKey: message.idempotencyKey },
        );
        if (error) throw new MailerError(error.statusCode, error.name, error.message);
        return { providerId: data.id };
      });
    },
  };
}

/** The email provider the environment configures: Resend with RESEND_API_KEY, else none (outbox only). */
export function getMailer(): Mailer | null {
  const apiKey = process.env.RESEND_API_KEY;
  return apiKey ? resendMailer(apiKey) : null;
}
