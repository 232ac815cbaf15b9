import "server-only";
import type { Scope } from "@/lib/api-keys/scopes";
import { getSql } from "@/lib/kernel/db/client";
import type { ApiUser } from "./api-user";
import { hashApiKey, hashesMatch, prefixOf } from "./key-format";

// last_used_at is informational: write it at most once a minute per key, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

/** The owner of a valid, unrevoked key; null for anything else. One indexed lookup, one SHA-256. */
export async function verifyApiKey(key: string): Promise<ApiUser | null> {
  const prefix = prefixOf(key);
  if (!prefix) return null;
  const sql = getSql();
  const [row] = await sql<
    {
      id: string;
      owner_id: string;
      email: string;
      key_hash: string;
      scopes: string[];
      last_used_at: Date | null;
    }[]
  >`
    select k.id, k.owner_id, u.email, k.key_hash, k.scopes, k.last_used_at
    from api_keys k join users u on u.id = k.owner_id
    where k.prefix = ${prefix} and k.revoked_at is null`;
  if (!row || !hashesMatch(row.key_hash, hashApiKey(key))) return null;
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS) {
    await sql`update api_keys set last_used_at = now() where id = ${row.id}`;
  }
  return { id: row.owner_id, email: row.email, via: "api_key", scopes: row.scopes as Scope[], keyId: row.id };
}
