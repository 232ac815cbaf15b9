import type { Sql } from "postgres";
import { z } from "zod";
import { boundInstant, dateString, dateTimeString } from "@/lib/kernel/dates";

/**
 * Which of the caller's meetings a chat reads: all (no ids), some, and/or those within dates. An
 * empty list reads none: a chat whose chosen meetings were all deleted must not widen to every one.
 */
export type ChatScope = { meetingIds?: string[] | null; from?: Date | null; to?: Date | null };

/** `from`/`to` as API clients send them: a date ("2026-03-01") or a date-time with offset. */
export const boundSchema = (edge: "from" | "to") =>
  z
    .union([dateString, dateTimeString], { message: "must be an ISO 8601 date or date-time" })
    .transform((value) => boundInstant(value, edge));

/**
 * The ids of the meetings a chat may read, as a subquery. The owner check lives here, in the one
 * place every chat query goes through, so no question (or text inside a transcript) can widen it.
 */
export function scopedMeetings(sql: Sql, userId: string, scope: ChatScope) {
  const ids = scope.meetingIds ?? null;
  return sql`
    select m.id from meetings m
    where m.owner_id = ${userId}
      ${ids ? sql`and m.id = any(${ids}::uuid[])` : sql``}
      ${scope.from ? sql`and coalesce(m.started_at, m.created_at) >= ${scope.from}` : sql``}
      ${scope.to ? sql`and coalesce(m.started_at, m.created_at) < ${scope.to}` : sql``}`;
}
