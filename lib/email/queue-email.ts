import { getSql } from "@/lib/kernel/db/client";
import { getBoss } from "@/lib/kernel/jobs/queue";
import { logError } from "@/lib/kernel/log";
import { NOT_QUEUED } from "./delivery-problem";
import type { RenderedEmail } from "./render-email";
import type { EmailTemplate } from "./rows";

export type NewEmail = {
  ownerId: string | null;
  meetingId?: string | null;
  to: string;
  template: EmailTemplate;
  locale: "es" | "en";
  rendered: RenderedEmail;
  /** The one-click target of the `List-Unsubscribe` header (recaps). */
  unsubscribeUrl?: string | null;
  /** The same key is queued once; a failed or skipped email queued again with its key is retried. */
  idempotencyKey: string;
};

export type QueuedEmail = { id: string; to: string };

async function sendJob(emailId: string): Promise<void> {
  const boss = await getBoss();
  await boss.send("email", { emailId }, { singletonKey: emailId });
}

/**
 * Writes the email to the outbox and queues the job that delivers it. An email already queued or
 * sent under the same idempotency key is returned as it is; a failed or skipped one is queued again.
 */
export async function queueEmail(email: NewEmail): Promise<QueuedEmail> {
  const sql = getSql();
  const to = email.to.trim().toLowerCase();
  const [written] = await sql<{ id: string; inserted: boolean }[]>`
    insert into emails (owner_id, meeting_id, "to", subject, template, locale, html, text, unsubscribe_url, idempotency_key)
    values (${email.ownerId}, ${email.meetingId ?? null}, ${to}, ${email.rendered.subject}, ${email.template},
            ${email.locale}, ${email.rendered.html}, ${email.rendered.text}, ${email.unsubscribeUrl ?? null},
            ${email.idempotencyKey})
    on conflict (idempotency_key) do update
      set status = 'queued', attempts = 0, last_error = null, updated_at = now()
      where emails.status in ('failed', 'skipped')
    returning id, (xmax = 0) as inserted`;
  if (!written) {
    const [existing] = await sql<{ id: string; to: string }[]>`
      select id, "to" from emails where idempotency_key = ${email.idempotencyKey}`;
    if (!existing) throw new Error("The outbox row for this idempotency key vanished");
    return existing;
  }
  try {
    await sendJob(written.id);
  } catch (error) {
    // Nothing half-made: without its job the row would never leave the outbox.
    if (written.inserted) await sql`delete from emails where id = ${written.id}`;
    else await sql`update emails set status = 'failed', last_error = ${NOT_QUEUED} where id = ${written.id}`;
    throw error;
  }
  return { id: written.id, to };
}

/**
 * Queues again the emails a crash or a queue outage left waiting with no job (for the periodic sweep).
 * Sending them again is safe: the provider deduplicates by the email's idempotency key.
 */
export async function requeueStuckEmails(olderThan = "5 minutes"): Promise<number> {
  const sql = getSql();
  const boss = await getBoss();
  const stuck = await sql<{ id: string }[]>`
    select id from emails
    where status in ('queued', 'sending') and updated_at < now() - ${olderThan}::interval
    order by created_at limit 500`;
  let queued = 0;
  for (const { id } of stuck) {
    const jobs = await boss.findJobs("email", { key: id });
    if (jobs.some((job) => job.state === "created" || job.state === "retry" || job.state === "active"))
      continue;
    await sendJob(id).catch((error) => logError("requeue email failed", error, { emailId: id }));
    queued++;
  }
  return queued;
}
