import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { ensureEmbeddedDatabase } from "@/lib/db/embedded-server";

async function canQuery(url: string) {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as one`;
    return row?.one === 1;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

describe("embedded PostgreSQL server", () => {
  it("starts, records its port, is reused, and recovers from a killed server's stale lock", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "minuta-embedded-"));
    // As root the server runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(dir, 0o755);
    const first = await ensureEmbeddedDatabase(dir);
    expect(first.startedHere).toBe(true);
    expect(await canQuery(first.url)).toBe(true);
    const { port } = JSON.parse(readFileSync(path.join(dir, "postgres.json"), "utf8"));
    expect(first.url).toContain(`:${port}/`);

    const reused = await ensureEmbeddedDatabase(dir);
    expect(reused.startedHere).toBe(false);
    expect(reused.url).toBe(first.url);

    // Simulate a run killed with SIGKILL: the server dies and its postmaster.pid stays behind.
    const pidFile = path.join(dir, "postgres", "postmaster.pid");
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(pidFile, readFileSync(pidFile, "utf8"));

    const restarted = await ensureEmbeddedDatabase(dir);
    expect(restarted.startedHere).toBe(true);
    expect(await canQuery(restarted.url)).toBe(true);
    await restarted.stop();
  }, 120_000);
});
