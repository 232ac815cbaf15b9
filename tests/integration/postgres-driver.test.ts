import postgres from "postgres";
import { describe, expect, it } from "vitest";

/**
 * postgres.js 3.4.9 could write a transaction's BEGIN without reserving its connection when BEGIN
 * filled a busy connection's pipeline (or met socket backpressure), and handed a reserved connection
 * back to the pool on a socket drain: the request that began it failed with UNSAFE_TRANSACTION (seen
 * under bench/ingest's load) and unrelated queries could run inside the open transaction. Minuta
 * patches the driver (patches/postgres+3.4.9.patch, porsager/postgres#823 and #1218); this fails on
 * the unpatched driver in nearly every round.
 */
describe("the PostgreSQL driver under concurrent transactions", () => {
  it("reserves the connection of a BEGIN that fills a busy connection's pipeline", async () => {
    const notices: string[] = [];
    // max_pipeline is a driver option its typings leave out.
    const options = {
      max: 3,
      max_pipeline: 2,
      onnotice: (notice: { code?: unknown }) => notices.push(String(notice.code)),
    };
    const sql = postgres(process.env.DATABASE_URL as string, options);
    try {
      await Promise.all([1, 2, 3].map(() => sql`select 1`));
      const failures: string[] = [];
      for (let round = 0; round < 5; round++) {
        // Sent at once, in this order: every connection busy, four queries pipelined behind them
        // (one connection left with room for exactly one more), then five transactions.
        const busy = [1, 2, 3].map(() => sql`select pg_sleep(0.2)`.execute());
        const plain = [1, 2, 3, 4].map((i) => sql`select ${i}::int`.execute());
        const transactions = [1, 2, 3, 4, 5].map(() =>
          sql.begin(async (tx) => {
            await tx`select pg_sleep(0.01)`;
            // Inside one transaction now() stays its start while the statement's own time moves on.
            const [row] = await tx<{ inside: boolean }[]>`select now() <> statement_timestamp() as inside`;
            return row?.inside;
          }),
        );
        for (const result of await Promise.allSettled([...busy, ...plain, ...transactions])) {
          if (result.status === "rejected") failures.push((result.reason as Error).message);
        }
        expect(await Promise.all(transactions.map((t) => t.catch(() => null)))).toEqual([
          true,
          true,
          true,
          true,
          true,
        ]);
      }
      expect(failures).toEqual([]);
      // 25001: "there is already a transaction in progress", a BEGIN sent into someone else's transaction.
      expect(notices).not.toContain("25001");
    } finally {
      await sql.end({ timeout: 5 });
    }
  }, 60_000);
});
