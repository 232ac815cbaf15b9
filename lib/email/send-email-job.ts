import { getSql } from "@/lib/kernel/db/client";
import { logError, logInfo } from "@/lib/kernel/log";
import { lastErrorOf, NOT_CONFIGURED } from "./delivery-problem";
import { emailDelivery } from "./email-delivery";
import { getMailer, isPermanentFailure } from "./mailer";
import type { EmailTemplate } from "./rows";

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

function headersFor(email: OutboxRow): Record<string, string> {
  if (!email.unsubscribe_url) return {};
  return {
    "List-Unsubscribe": `<${email.unsubscribe_url}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/**
 * Delivers one outbox email (the `email` job). Throws to be retried with backoff when the provider
 * may accept it later (unreachable, 5xx, 408, 429); a refusal of the message itself, or the final
 * attempt, marks the row failed with the provider's reason instead.
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
    // Outside production the outbox is the delivery (the dev inbox reads it); in production
    // nobody can read it there, so the row says it was not sent.
    if (emailDelivery() === "outbox") {
      await sql`
        update emails set status = 'sent', provider = 'outbox', last_error = null, sent_at = now(), updated_at = now()
        where id = ${emailId}`;
    } else {
      await sql`
        update emails set status = 'skipped', provider = null, last_error = ${NOT_CONFIGURED}, updated_at = now()
        where id = ${emailId}`;
      logInfo("email not sent: no provider configured", { emailId, template: email.template });
    }
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
    const givesUp = finalAttempt || isPermanentFailure(error);
    await sql`
      update emails set status = ${givesUp ? "failed" : "queued"}, provider = ${mailer.name},
        last_error = ${lastErrorOf(error)}, updated_at = now()
      where id = ${emailId}`;
    if (!givesUp) throw error;
    logError("email failed for good", error, { emailId, attempts: email.attempts });
  }
}
