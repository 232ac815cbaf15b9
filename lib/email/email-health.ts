import { emailDelivery } from "./email-delivery";
import { resendBreaker } from "./mailer";

/**
 * The `email` line of GET /api/health: "ok" when a provider delivers, "down" while sends to it keep
 * failing (its circuit breaker is open), "unconfigured" when no provider is set (the outbox and dev
 * inbox outside production; in production, emails are marked skipped).
 */
export function emailHealth(): "ok" | "down" | "unconfigured" {
  if (emailDelivery() !== "resend") return "unconfigured";
  return resendBreaker().state === "closed" ? "ok" : "down";
}
