import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { logError } from "@/lib/kernel/log";
import { canSeal, openSealedText, sealText } from "./sealed-text";

const MAX_STORED_BYTES = 1024 * 1024;
const KEEP = "24 hours";
/**
 * A claim never settled this long after it was made belongs to a request whose process died. It
 * must outlast the slowest request (an upload may run for an hour: the files route's maxDuration),
 * or a retry would run a second time while the first still works.
 */
export const ABANDONED_AFTER_SECONDS = 2 * 60 * 60;
// Remembered answers can hold a secret shown once (a new webhook's `whsec_…`): kept encrypted.
const SEAL_PURPOSE = "idempotent response";

type Stored = { headers: Record<string, string>; sealed?: string; body?: string };

/** Whose keys these are: one API key, or one browser session, of one user (as Stripe scopes them). */
export type IdempotencyScope = { userId: string; caller: string };

export function idempotencyScope(user: { id: string; keyId?: string; sessionId?: string }): IdempotencyScope {
  // A session token from before sessions carried an id shares the user's session scope.
  const caller = user.keyId ? `key:${user.keyId}` : `session:${user.sessionId ?? user.id}`;
  return { userId: user.id, caller };
}

/**
 * Claims an Idempotency-Key for this caller (`scope`). Returns the stored response of an earlier request
 * with the same key, or null when this request is the first (and now holds the key).
 */
export async function claimIdempotencyKey(
  { userId, caller }: IdempotencyScope,
  key: string,
  fingerprint: string,
): Promise<Response | null> {
  if (key.length > 255) throw new AppError("validation", "Idempotency-Key is longer than 255 characters.");
  const sql = getSql();
  await sql`
    delete from idempotency_keys where user_id = ${userId} and caller = ${caller} and key = ${key}
      and (created_at < now() - ${KEEP}::interval
        or (status is null and created_at < now() - ${`${ABANDONED_AFTER_SECONDS} seconds`}::interval))`;
  const claimed = await sql`
    insert into idempotency_keys (user_id, caller, key, request_hash)
    values (${userId}, ${caller}, ${key}, ${fingerprint})
    on conflict do nothing returning key`;
  if (claimed.length > 0) return null;
  const [row] = await sql<{ request_hash: string; status: number | null; response: Stored | null }[]>`
    select request_hash, status, response from idempotency_keys
    where user_id = ${userId} and caller = ${caller} and key = ${key}`;
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
  return new Response(storedBody(row.response), { status: row.status, headers });
}

function storedBody(stored: Stored): string {
  if (stored.sealed === undefined) return stored.body ?? "";
  try {
    return openSealedText(stored.sealed, SEAL_PURPOSE);
  } catch (error) {
    logError("a remembered idempotent response could not be decrypted", error);
    throw new AppError(
      "conflict",
      "The first response to this Idempotency-Key can no longer be read; send the request with a new key.",
    );
  }
}

/** Stores the first response (JSON answers only, and not server errors, which stay retryable). */
export async function settleIdempotencyKey(
  { userId, caller }: IdempotencyScope,
  key: string,
  response: Response,
): Promise<void> {
  const sql = getSql();
  const type = response.headers.get("content-type") ?? "";
  const storable = response.status < 500 && (type.includes("json") || response.status === 204) && canSeal();
  const body = storable ? await response.clone().text() : "";
  if (!storable || body.length > MAX_STORED_BYTES) {
    await sql`delete from idempotency_keys where user_id = ${userId} and caller = ${caller} and key = ${key}`;
    return;
  }
  const stored: Stored = { headers: { "content-type": type }, sealed: sealText(body, SEAL_PURPOSE) };
  await sql`update idempotency_keys set status = ${response.status}, response = ${sql.json(stored)}
    where user_id = ${userId} and caller = ${caller} and key = ${key}`;
}

export async function releaseIdempotencyKey(
  { userId, caller }: IdempotencyScope,
  key: string,
): Promise<void> {
  await getSql()`delete from idempotency_keys where user_id = ${userId} and caller = ${caller} and key = ${key}`;
}

/** Forgets remembered responses past their 24 hours (the sweeper runs it). */
export async function pruneIdempotencyKeys(): Promise<void> {
  await getSql()`delete from idempotency_keys where created_at < now() - ${KEEP}::interval`;
}
