import postgres from "postgres";
import { env, setEnv } from "../env";
import { dataDir } from "./data-dir";
import { type EmbeddedDatabase, ensureEmbeddedDatabase } from "./embedded-server";
import { readOrCreateLocalSecret } from "./local-secret";
import { migrate } from "./migrate";

/**
 * Makes the process environment complete for the app, the worker and the CLI: the database
 * (DATABASE_URL, or the embedded server under .data/), migrations applied, and local secrets.
 * With the embedded server, migrations run as its owner and the app gets its own role's URL.
 */
export async function prepareRuntime(): Promise<{ embedded?: EmbeddedDatabase }> {
  const dir = dataDir();
  setEnv("MINUTA_DATA_DIR", dir);
  let embedded: EmbeddedDatabase | undefined;
  let migrationUrl = env().DATABASE_URL;
  if (!migrationUrl) {
    embedded = await ensureEmbeddedDatabase(dir);
    migrationUrl = embedded.url;
    setEnv("DATABASE_URL", embedded.appUrl);
  }
  if (!env().AUTH_SECRET) setEnv("AUTH_SECRET", readOrCreateLocalSecret(dir, "auth-secret"));
  if (!env().AUTH_TRUST_HOST) setEnv("AUTH_TRUST_HOST", "true");
  const sql = postgres(migrationUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { embedded };
}
