import { getSql } from "@/lib/db/client";
import type { EmailTemplate } from "@/lib/db/schema";
import { logError, logInfo } from "@/lib/observability/log";
import { getMailer } from "./mailer";

type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  template: EmailTemplate;
  html: string;
  text: string;
  unsubscribe_url: string | null;
  idempotency_key: string;
  attempts: number;
};

// Sign-in and reset links stay usable for 15 minutes; once the provider has them, the outbox
// (readable by the owner, kept for the delivery record) no longer needs to hold a live link.
const BLANKED_AFTER_DELIVERY: EmailTemplate[] = ["magic_link", "password_reset"];
const LAST_ERROR_MAX = 1000;

function headersFor(email: OutboxRow): Record<string, string> {
  if (!email.unsubscribe_url) return {};
  return {
    "List-Unsubscribe": `<${email.unsubscribe_url}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/**
 * Delivers one outbox email (the `email` job). Throws to be retried with backoff; on the final
 * attempt the row is marked failed with the provider's last error instead.
 */
export async function sendEmailJob(emailId: string, finalAttempt: boolean): Promise<void> {
  const sql = getSql();
  // 'sending' is claimed again on purpose: a worker that died mid-send left it there.
  const [email] = await sql<OutboxRow[]>`
    update emails set status = 'sending', attempts = attempts + 1, updated_at = now()
    where id = ${emailId} and status in ('queued', 'sending')
    returning id, "to", subject, template, html, text, unsubscribe_url, idempotency_key, attempts`;
  if (!email) return;

  const mailer = getMailer();
  if (!mailer) {
    await sql`
      update emails set status = 'sent', provider = 'outbox', last_error = null, sent_at = now(), updated_at = now()
      where id = ${emailId}`;
    return;
  }

  try {
    const { providerId } = await mailer.send({
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: headersFor(email),
      idempotencyKey: `minuta-email-${email.id}`,
    });
    const blank = BLANKED_AFTER_DELIVERY.includes(email.template);
    await sql`
      update emails set status = 'sent', provider = ${mailer.name}, provider_id = ${providerId},
        last_error = null, sent_at = now(), updated_at = now(),
        html = case when ${blank} then '' else html end,
        text = case when ${blank} then '' else text end
      where id = ${emailId}`;
    logInfo("email sent", { emailId, template: email.template, attempts: email.attempts });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, LAST_ERROR_MAX);
    await sql`
      update emails set status = ${finalAttempt ? "failed" : "queued"}, provider = ${mailer.name},
        last_error = ${message}, updated_at = now()
      where id = ${emailId}`;
    if (!finalAttempt) throw error;
    logError("email failed for good", error, { emailId, attempts: email.attempts });
  }
}
