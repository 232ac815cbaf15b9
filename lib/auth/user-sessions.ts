import type { Sql, TransactionSql } from "postgres";
import { z } from "zod";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth.config";
import { getSql } from "@/lib/kernel/db/client";

// Server-side records of signed-in browsers (supabase/migrations/20261207000200_user_sessions.sql).
// Checked on every request with no cache: it is one primary-key read, and a cache would let a
// revoked session keep working on every instance but the one that revoked it.

const DAY_SECONDS = 24 * 60 * 60;
const isUuid = (value: unknown): value is string => z.uuid().safeParse(value).success;

/** Records a new session for the user and returns its id, which the session cookie carries. */
export async function startSession(userId: string): Promise<string> {
  const [row] = await getSql()<{ id: string }[]>`
    with expired as (delete from user_sessions where user_id = ${userId} and expires_at <= now())
    insert into user_sessions (user_id, expires_at)
    values (${userId}, now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS}))
    returning id`;
  if (!row) throw new Error("Could not record the session");
  return row.id;
}

/**
 * Whether this session of this user is still live. A live one is pushed forward (at most once a
 * day) so a browser in use stays signed in, as its cookie does.
 */
export async function sessionIsLive(sessionId: unknown, userId: unknown): Promise<boolean> {
  if (!isUuid(sessionId) || !isUuid(userId)) return false;
  const [row] = await getSql()<{ stale: boolean }[]>`
    select expires_at < now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS - DAY_SECONDS}) as stale
    from user_sessions
    where id = ${sessionId} and user_id = ${userId} and expires_at > now()`;
  if (!row) return false;
  if (row.stale) {
    await getSql()`
      update user_sessions set expires_at = now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})
      where id = ${sessionId}`;
  }
  return true;
}

/** Ends one session (log out). */
export async function endSession(sessionId: unknown): Promise<void> {
  if (!isUuid(sessionId)) return;
  await getSql()`delete from user_sessions where id = ${sessionId}`;
}

/** Ends every session of the user: "log out of all devices", and a new password. */
export async function endAllSessions(userId: string, sql: Sql | TransactionSql = getSql()): Promise<number> {
  const rows = await sql`delete from user_sessions where user_id = ${userId} returning id`;
  return rows.length;
}
