import { z } from "zod";
import { createdAtCursorSchema, decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import { type ExplainedProblem, explainDeliveryProblem } from "./delivery-problem";
import type { EmailStatus, EmailTemplate } from "./rows";

export type { EmailStatus, EmailTemplate };

/** One email as its owner sees it in Settings → Emails (never its body: sign-in links live there). */
export type SentEmail = {
  id: string;
  to: string;
  subject: string;
  template: EmailTemplate;
  status: EmailStatus;
  /** "outbox": kept in the outbox only (no provider, outside production). */
  provider: "resend" | "outbox" | null;
  attempts: number;
  problem: ExplainedProblem | null;
  /** The meeting it is about, while it exists. */
  meeting: { id: string; title: string } | null;
  createdAt: string;
  sentAt: string | null;
  updatedAt: string;
};

export const SENT_EMAILS_PAGE = 25;
export const MAX_WATCHED_EMAILS = 50;

// The fields SentEmail shows as stored, plus the columns its other fields are made from.
type Row = Pick<SentEmail, "id" | "to" | "subject" | "template" | "status" | "provider" | "attempts"> & {
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  updated_at: Date;
  meeting_id: string | null;
  meeting_title: string | null;
  // created_at to the microsecond, so a page boundary inside one millisecond skips nothing.
  cursor_at: string;
};

function toSentEmail(row: Row): SentEmail {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    template: row.template,
    status: row.status,
    provider: row.provider,
    attempts: row.attempts,
    problem: explainDeliveryProblem(row.status, row.last_error),
    meeting: row.meeting_id ? { id: row.meeting_id, title: row.meeting_title ?? "" } : null,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}

// The user's emails: those of their account and those about their meetings. The cursor's time goes
// in as text: postgres.js would round a timestamptz parameter to the millisecond through Date.
async function selectOwned(
  userId: string,
  filter: { ids?: string[]; before?: { c: string; i: string }; limit: number },
): Promise<Row[]> {
  const sql = getSql();
  return sql<Row[]>`
    select e.id, e."to", e.subject, e.template, e.status, e.provider, e.attempts, e.last_error,
      e.created_at, e.sent_at, e.updated_at, m.id as meeting_id, m.title as meeting_title,
      to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at
    from emails e
    left join meetings m on m.id = e.meeting_id and m.owner_id = ${userId}
    where (e.owner_id = ${userId} or e.meeting_id in (select id from meetings where owner_id = ${userId}))
      ${filter.ids ? sql`and e.id = any(${filter.ids}::uuid[])` : sql``}
      ${filter.before ? sql`and (e.created_at, e.id) < (${filter.before.c}::text::timestamptz, ${filter.before.i}::uuid)` : sql``}
    order by e.created_at desc, e.id desc
    limit ${filter.limit}`;
}

/** The user's emails, newest first, paged; a cursor that isn't one of ours is a validation error. */
export async function listSentEmails(
  userId: string,
  page: { cursor?: string; limit?: number } = {},
): Promise<{ data: SentEmail[]; nextCursor: string | null }> {
  const limit = page.limit ?? SENT_EMAILS_PAGE;
  const before = decodeCursor(page.cursor, createdAtCursorSchema);
  const rows = await selectOwned(userId, { before, limit: limit + 1 });
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return {
    data: data.map(toSentEmail),
    nextCursor: rows.length > limit && last ? encodeCursor({ c: last.cursor_at, i: last.id }) : null,
  };
}

export const watchedEmailIdsSchema = z.array(z.uuid()).min(1).max(MAX_WATCHED_EMAILS);

/** The current state of some of the user's emails (the recap dialog follows the ones it queued); others' are left out. */
export async function emailStatuses(userId: string, ids: string[]): Promise<SentEmail[]> {
  const wanted = watchedEmailIdsSchema.parse(ids);
  return (await selectOwned(userId, { ids: wanted, limit: wanted.length })).map(toSentEmail);
}
