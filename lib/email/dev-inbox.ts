import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/kernel/db/client";
import { type EmailRow, emails } from "@/lib/kernel/db/schema";

export type OutboxSummary = Omit<EmailRow, "html" | "text">;

/** The newest outbox emails of everyone, for the dev inbox (see dev-inbox-access.ts for who may see it). */
export async function listOutbox(limit = 200): Promise<OutboxSummary[]> {
  return getDb()
    .select({
      id: emails.id,
      ownerId: emails.ownerId,
      meetingId: emails.meetingId,
      to: emails.to,
      subject: emails.subject,
      template: emails.template,
      locale: emails.locale,
      unsubscribeUrl: emails.unsubscribeUrl,
      status: emails.status,
      provider: emails.provider,
      providerId: emails.providerId,
      attempts: emails.attempts,
      lastError: emails.lastError,
      idempotencyKey: emails.idempotencyKey,
      createdAt: emails.createdAt,
      updatedAt: emails.updatedAt,
      sentAt: emails.sentAt,
    })
    .from(emails)
    .orderBy(desc(emails.createdAt))
    .limit(limit);
}

export async function getOutboxEmail(id: string): Promise<EmailRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await getDb().select().from(emails).where(eq(emails.id, id)).limit(1);
  return row ?? null;
}

/** The email's HTML for an iframe's srcdoc: links open outside the (script-less) sandbox. */
export function inboxDocument(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${html}`;
}
