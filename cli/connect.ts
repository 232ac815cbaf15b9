import postgres, { type Sql } from "postgres";
import { dataDir } from "@/lib/kernel/db/data-dir";
import type { EmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { readOrCreateLocalSecret } from "@/lib/kernel/db/local-secret";
import { env, setEnv } from "@/lib/kernel/env";

/**
 * DATABASE_URL when set; otherwise the embedded server the app uses (same .data/, same recorded
 * port), started here when it isn't running and stopped when the command ends unless another
 * process (the dev server, the worker) still uses it. The returned `sql` is the owner's (migrations,
 * backups, restores); what a command does through the app's code connects as the app's role. Secrets come from the same place as the
 * app's, so what a command signs or seals (emails' unsubscribe links, webhook secrets) the app reads.
 */
export async function connectForCli(): Promise<{ sql: Sql; close: () => Promise<void> }> {
  let embedded: EmbeddedDatabase | undefined;
  if (!env().AUTH_SECRET) setEnv("AUTH_SECRET", readOrCreateLocalSecret(dataDir(), "auth-secret"));
  let ownerUrl = env().DATABASE_URL;
  if (!ownerUrl) {
    setEnv("MINUTA_DATA_DIR", dataDir());
    const { ensureEmbeddedDatabase } = await import("@/lib/kernel/db/embedded-server");
    embedded = await ensureEmbeddedDatabase(dataDir());
    ownerUrl = embedded.url;
    setEnv("DATABASE_URL", embedded.appUrl);
    if (embedded.startedHere)
      process.stderr.write("minuta: started the embedded database for this command\n");
  }
  const sql = postgres(ownerUrl, { max: 4, onnotice: () => {} });
  return {
    sql,
    close: async () => {
      await sql.end({ timeout: 5 });
      await embedded?.stop();
    },
  };
}
