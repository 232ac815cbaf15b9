import { createHash } from "node:crypto";
import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const MAX_STORED_BYTES = 1024 * 1024;
const KEEP = "24 hours";
// A claim never settled this long after it was made belongs to a request whose process died.
const ABANDONED = "30 minutes";

type Stored = { status: number; headers: Record<string, string>; body: string };

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex");
}

/**
 * Claims an Idempotency-Key for this caller. Returns the stored response of an earlier request
 * with the same key, or null when this request is the first (and now holds the key).
 */
export async function claimIdempotencyKey(
  userId: string,
  key: string,
  fingerprint: string,
): Promise<Response | null> {
  if (key.length > 255) throw new AppError("validation", "Idempotency-Key is longer than 255 characters.");
  const sql = getSql();
  await sql`
    delete from idempotency_keys where user_id = ${userId} and key = ${key}
      and (created_at < now() - ${KEEP}::interval or (status is null and created_at < now() - ${ABANDONED}::interval))`;
  const claimed = await sql`
    insert into idempotency_keys (user_id, key, request_hash) values (${userId}, ${key}, ${fingerprint})
    on conflict do nothing returning key`;
  if (claimed.length > 0) return null;
  const [row] = await sql<{ request_hash: string; status: number | null; response: Stored | null }[]>`
    select request_hash, status, response from idempotency_keys where user_id = ${userId} and key = ${key}`;
  if (!row) return null;
  if (row.request_hash !== fingerprint) {
    throw new AppError("validation", "This Idempotency-Key was already used for a different request.", {
      reason: "idempotency_mismatch",
    });
  }
  if (row.status === null || !row.response) {
    throw new AppError("conflict", "A request with this Idempotency-Key is still in progress.", {
      retryAfterSeconds: 1,
    });
  }
  const headers = new Headers(row.response.headers);
  headers.set("idempotent-replayed", "true");
  return new Response(row.response.body, { status: row.status, headers });
}

/** Stores the first response (JSON answers only, and not server errors, which stay retryable). */
export async function settleIdempotencyKey(userId: string, key: string, response: Response): Promise<void> {
  const sql = getSql();
  const type = response.headers.get("content-type") ?? "";
  const storable = response.status < 500 && (type.includes("json") || response.status === 204);
  if (!storable) {
    await sql`delete from idempotency_keys where user_id = ${userId} and key = ${key}`;
    return;
  }
  const body = await response.clone().text();
  if (body.length > MAX_STORED_BYTES) {
    await sql`delete from idempotency_keys where user_id = ${userId} and key = ${key}`;
    return;
  }
  const stored: Stored = { status: response.status, headers: { "content-type": type }, body };
  await sql`update idempotency_keys set status = ${response.status}, response = ${sql.json(stored)} where user_id = ${userId} and key = ${key}`;
}

export async function releaseIdempotencyKey(userId: string, key: string): Promise<void> {
  await getSql()`delete from idempotency_keys where user_id = ${userId} and key = ${key}`;
}

/** Forgets remembered responses past their 24 hours (the sweeper runs it). */
export async function pruneIdempotencyKeys(): Promise<void> {
  await getSql()`delete from idempotency_keys where created_at < now() - ${KEEP}::interval`;
}
