import "server-only";
import postgres, { type Sql } from "postgres";
import { env } from "../env";

type DbGlobals = { minutaSql?: Sql };
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

export async function closeDb(): Promise<void> {
  const pool = globals.minutaSql;
  globals.minutaSql = undefined;
  await pool?.end({ timeout: 5 });
}
