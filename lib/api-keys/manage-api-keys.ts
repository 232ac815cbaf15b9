import { z } from "zod";
import { SCOPES } from "@/lib/api-keys/scopes";
import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import { generateApiKey } from "./key-format";
import { type ApiKeyRow, apiKeyRow } from "./rows";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, { message: "must not be empty" }).max(100),
  scopes: z
    .array(z.enum(SCOPES))
    .min(1, { message: "choose at least one scope" })
    .default([...SCOPES]),
});

export type ApiKeyJson = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
};

function toJson(row: ApiKeyRow): ApiKeyJson {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Creates a key; the secret is returned this once and only its hash is kept. */
export async function createApiKey(userId: string, input: z.input<typeof createApiKeySchema>) {
  const data = createApiKeySchema.parse(input);
  const { key, prefix, hash } = generateApiKey();
  const sql = getSql();
  const [row] = await sql<ApiKeyRow[]>`
    insert into api_keys (owner_id, name, prefix, key_hash, scopes)
    values (${userId}, ${data.name}, ${prefix}, ${hash}, ${[...new Set(data.scopes)]}::text[])
    returning ${rowColumns(sql, apiKeyRow)}`;
  if (!row) throw new Error("insert returned no key");
  return { ...toJson(row), key };
}

export async function listApiKeys(userId: string): Promise<ApiKeyJson[]> {
  const sql = getSql();
  const rows = await sql<ApiKeyRow[]>`
    select ${rowColumns(sql, apiKeyRow)} from api_keys where owner_id = ${userId} order by created_at desc`;
  return rows.map(toJson);
}

export async function revokeApiKey(userId: string, keyId: string): Promise<void> {
  const rows = await getSql()`
    update api_keys set revoked_at = ${new Date()}
    where id = ${keyId} and owner_id = ${userId} and revoked_at is null
    returning id`;
  if (rows.length === 0) throw new AppError("not_found", "No active API key with this id.");
}
