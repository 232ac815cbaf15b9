import { env } from "@/lib/kernel/env";
import { AppError } from "@/lib/kernel/errors";

/**
 * Where an email ends up here: Resend when RESEND_API_KEY is set; outside production, the outbox
 * (read in the dev inbox, the embedded default); in production without a key, nowhere anyone can
 * read it.
 */
export type EmailDelivery = "resend" | "outbox" | "none";

export function emailDelivery(): EmailDelivery {
  if (env().RESEND_API_KEY) return "resend";
  return env().NODE_ENV === "production" ? "none" : "outbox";
}

/** Whether emailed sign-in and reset links can reach their reader (the login page offers them only then). */
export function emailLinksAvailable(): boolean {
  return emailDelivery() !== "none";
}

/** Whether to point someone who asked for a link at the dev inbox, the only place it can be read. */
export function readLinksInDevInbox(): boolean {
  return emailDelivery() === "outbox";
}

/**
 * Refuses to email a sign-in or reset link nobody could read (the login page hides both then). Says
 * nothing about the address, so it may come before any look-up.
 */
export function refuseWithoutDelivery(): void {
  if (!emailLinksAvailable()) throw new AppError("unavailable", "email_unavailable");
}
