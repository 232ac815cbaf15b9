import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { SCOPES } from "@/lib/api-keys/scopes";
import { getDb } from "@/lib/kernel/db/client";
import { apiKeys } from "@/lib/kernel/db/schema";
import { AppError } from "@/lib/kernel/errors";
import { generateApiKey } from "./key-format";

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

function toJson(row: typeof apiKeys.$inferSelect): ApiKeyJson {
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
  const [row] = await getDb()
    .insert(apiKeys)
    .values({ ownerId: userId, name: data.name, prefix, keyHash: hash, scopes: [...new Set(data.scopes)] })
    .returning();
  if (!row) throw new Error("insert returned no key");
  return { ...toJson(row), key };
}

export async function listApiKeys(userId: string): Promise<ApiKeyJson[]> {
  const rows = await getDb()
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.ownerId, userId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(toJson);
}

export async function revokeApiKey(userId: string, keyId: string): Promise<void> {
  const rows = await getDb()
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.ownerId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (rows.length === 0) throw new AppError("not_found", "No active API key with this id.");
}
