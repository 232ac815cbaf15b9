import type { Sql, TransactionSql } from "postgres";
import { getSql } from "@/lib/kernel/db/client";
import { EVENTS_CHANNEL } from "./listener";

/**
 * Tells every live page of a meeting that its status changed. Inside a transaction (pass it), the
 * notification goes out when it commits and never if it rolls back.
 */
export async function notifyStatus(meetingId: string, sql: Sql | TransactionSql = getSql()): Promise<void> {
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ meetingId, kind: "status" })})`;
}
