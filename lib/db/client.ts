import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import * as schema from "./schema";

type DbGlobals = { minutaSql?: Sql; minutaDrizzleSql?: Sql; minutaDb?: PostgresJsDatabase<typeof schema> };
const globals = globalThis as DbGlobals;

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Minuta with `npm run dev` / `npm start` (they start the embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}

/** The process-wide postgres.js pool (survives hot reloads in dev). */
export function getSql(): Sql {
  globals.minutaSql ??= postgres(databaseUrl(), {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
    transform: { undefined: null },
  });
  return globals.minutaSql;
}

/**
 * Drizzle gets its own pool: it rewrites its client's date parsers to return strings, which
 * would change what raw `getSql()` queries return.
 */
export function getDb(): PostgresJsDatabase<typeof schema> {
  if (!globals.minutaDb) {
    globals.minutaDrizzleSql = postgres(databaseUrl(), {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    globals.minutaDb = drizzle(globals.minutaDrizzleSql, { schema });
  }
  return globals.minutaDb;
}

export async function closeDb(): Promise<void> {
  const pools = [globals.minutaSql, globals.minutaDrizzleSql];
  globals.minutaSql = undefined;
  globals.minutaDrizzleSql = undefined;
  globals.minutaDb = undefined;
  await Promise.all(pools.map((pool) => pool?.end({ timeout: 5 })));
}
