import type { Sql, TransactionSql } from "postgres";
import { getSql } from "./client";

/** The one Postgres channel live pages listen on (lib/realtime/listener.ts). */
export const EVENTS_CHANNEL = "minuta_events";

/** What a notification says; `meetingId` routes it to that meeting's subscribers. */
export type MeetingSignal = { meetingId: string; kind: string; [key: string]: unknown };

/**
 * Tells every live page of a meeting that something changed. Inside a transaction (pass it), the
 * notification goes out when it commits and never if it rolls back. A payload must stay under
 * 8000 bytes (Postgres' limit).
 */
export async function notifyMeeting(
  signal: MeetingSignal,
  sql: Sql | TransactionSql = getSql(),
): Promise<void> {
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(signal)})`;
}
