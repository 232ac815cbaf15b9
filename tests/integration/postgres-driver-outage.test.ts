import net from "node:net";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { OUTAGE_SAFE_OPTIONS } from "@/lib/kernel/db/client";

/**
 * What postgres.js 3.4.9 did when the database went away, patched in patches/postgres+3.4.9.patch:
 * queries queued behind one connection attempt each (minutes of waiting under load), and a
 * transaction's ROLLBACK written after its socket closed threw from a timer (an uncaught exception,
 * porsager/postgres#1154 and #1208) and left the query pending.
 */

/** A port nothing listens on, as when the server died: connections are refused at once. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the PostgreSQL driver when the database is away", () => {
  it("fails every queued query within moments instead of one per reconnection attempt", async () => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.port = String(await deadPort());
    const sql = postgres(url.toString(), { ...OUTAGE_SAFE_OPTIONS, max: 2, onnotice: () => {} });
    try {
      const started = performance.now();
      const outcomes = await Promise.all(
        Array.from({ length: 60 }, () =>
          sql`select 1`.then(
            () => "ok",
            (error) => error.code,
          ),
        ),
      );
      const elapsed = performance.now() - started;
      for (const outcome of outcomes) expect(["ECONNREFUSED", "CONNECTION_CLOSED"]).toContain(outcome);
      // Unpatched, 60 queries on 2 connections waited for 30 attempts each, 250 ms apart: 7.5 s.
      expect(elapsed).toBeLessThan(2000);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  it("rejects a transaction whose connection was cut, and the pool goes on working", async () => {
    const sql = postgres(process.env.DATABASE_URL as string, {
      ...OUTAGE_SAFE_OPTIONS,
      max: 2,
      onnotice: () => {},
    });
    const admin = postgres(process.env.DATABASE_URL as string, { max: 1, onnotice: () => {} });
    try {
      const transaction = sql.begin(async (tx) => {
        const [row] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
        // Cut while a statement runs, as a server that dies does: the ROLLBACK meets a closed socket.
        setTimeout(() => admin`select pg_terminate_backend(${row?.pid as number})`.catch(() => {}), 200);
        await tx`select pg_sleep(2)`;
      });
      await expect(transaction).rejects.toMatchObject({
        code: expect.stringMatching(/57P01|CONNECTION_CLOSED/),
      });
      const [row] = await sql<{ one: number }[]>`select 1 as one`;
      expect(row?.one).toBe(1);
    } finally {
      await sql.end({ timeout: 1 });
      await admin.end({ timeout: 1 });
    }
  });
});
