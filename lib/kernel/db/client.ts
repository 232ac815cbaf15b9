import "server-only";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import { env } from "../env";
import * as schema from "./schema";

type DbGlobals = { minutaSql?: Sql; minutaDrizzleSql?: Sql; minutaDb?: PostgresJsDatabase<typeof schema> };
const globals = globalThis as DbGlobals;

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Minuta with `npm run dev` / `npm start` (they start the embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}

/**
 * While the database is away a query fails within moments instead of waiting: by default
 * postgres.js waits 30 s for a connection and backs off up to 20 s between attempts, while every
 * new query queued behind them (requests hung for minutes). With these, and the patch that fails
 * queued queries along with a failed connection attempt (patches/postgres+3.4.9.patch), a query
 * waits at most one attempt; the pool retries every 250 ms and reconnects once the server answers.
 */
export const OUTAGE_SAFE_OPTIONS = { connect_timeout: 3, backoff: () => 0.25 } as const;

/** The process-wide postgres.js pool (survives hot reloads in dev). */
export function getSql(): Sql {
  globals.minutaSql ??= postgres(databaseUrl(), {
    ...OUTAGE_SAFE_OPTIONS,
    max: env().DATABASE_POOL_SIZE ?? 10,
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
      ...OUTAGE_SAFE_OPTIONS,
      max: env().DATABASE_POOL_SIZE ?? 10,
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
