import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Sql } from "postgres";
import { env } from "../env";

const LOCK_ID = 727_001;

export function migrationsDir(): string {
  return (
    env().MINUTA_MIGRATIONS_DIR ||
    path.join(/*turbopackIgnore: true*/ process.cwd(), "supabase", "migrations")
  );
}

/** Applies every not-yet-applied `supabase/migrations/*.sql`, in name order, each in its own transaction. */
export async function migrate(sql: Sql, dir = migrationsDir()): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort();
  const applied: string[] = [];
  await sql.reserve().then(async (connection) => {
    try {
      await connection`select pg_advisory_lock(${LOCK_ID})`;
      // Checked before creating: `create table if not exists` needs the right to create tables,
      // which the app's own role (reading that all is applied, at every start) doesn't have.
      const [history] = await connection`select to_regclass('minuta_migrations') is not null as present`;
      if (!history?.present) {
        await connection`
          create table minuta_migrations (
            name text primary key,
            applied_at timestamptz not null default now()
          )`;
      }
      const done = new Set(
        (await connection<{ name: string }[]>`select name from minuta_migrations`).map((row) => row.name),
      );
      for (const file of files) {
        if (done.has(file)) continue;
        const text = readFileSync(path.join(dir, file), "utf8");
        await connection.unsafe("begin");
        try {
          await connection.unsafe(text);
          await connection`insert into minuta_migrations (name) values (${file})`;
          await connection.unsafe("commit");
        } catch (error) {
          await connection.unsafe("rollback");
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file);
      }
    } finally {
      await connection`select pg_advisory_unlock(${LOCK_ID})`;
      connection.release();
    }
  });
  return applied;
}
