import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { type EmailRow, emailRow } from "./rows";

const outboxSummary = emailRow.omit({ html: true, text: true });
export type OutboxSummary = Omit<EmailRow, "html" | "text">;

/** The newest outbox emails of everyone, for the dev inbox (see dev-inbox-access.ts for who may see it). */
export async function listOutbox(limit = 200): Promise<OutboxSummary[]> {
  const sql = getSql();
  return sql<OutboxSummary[]>`
    select ${rowColumns(sql, outboxSummary)} from emails order by created_at desc limit ${limit}`;
}

export async function getOutboxEmail(id: string): Promise<EmailRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const sql = getSql();
  const [row] = await sql<
    EmailRow[]
  >`select ${rowColumns(sql, emailRow)} from emails where id = ${id} limit 1`;
  return row ?? null;
}

/** The email's HTML for an iframe's srcdoc: links open outside the (script-less) sandbox. */
export function inboxDocument(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${html}`;
}
