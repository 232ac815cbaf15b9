import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { processAlive } from "@/lib/kernel/db/process-alive";

async function canQuery(url: string) {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as one`;
    return row?.one === 1;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The server's settings, as pg_settings holds them (shared_buffers in 8 kB pages). */
async function settings(url: string, names: string[]) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ name: string; setting: string }[]>`
      select name, setting from pg_settings where name = any(${names})`;
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  } finally {
    await sql.end({ timeout: 1 });
  }
}

function freshDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "minuta-embedded-"));
  // As root the server runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  return dir;
}

const postmasterPid = (dir: string) =>
  Number(readFileSync(path.join(dir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** Another process using the same folder: it prints what it got, and lets go when its stdin closes. */
function otherProcess(dir: string): Promise<{ child: ChildProcess; url: string; startedHere: boolean }> {
  const script = `
    import { ensureEmbeddedDatabase } from ${JSON.stringify(path.resolve("lib/kernel/db/embedded-server.ts"))};
    const db = await ensureEmbeddedDatabase(${JSON.stringify(dir)});
    console.log(JSON.stringify({ url: db.url, startedHere: db.startedHere }));
    process.stdin.on("end", async () => { await db.stop(); process.exit(0); });
    process.stdin.resume();
  `;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "--input-type=module", "-e", script],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve({ child, ...JSON.parse(out) });
    });
    child.on("exit", (code) => reject(new Error(`the other process exited with ${code}`)));
  });
}

function ended(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

describe("embedded PostgreSQL server", () => {
  it("starts, records its port, is reused, and recovers from a killed server's stale lock", async () => {
    const dir = freshDir();
    // Started by another process, so the run killed below takes its watchdog with it.
    const first = await otherProcess(dir);
    expect(first.startedHere).toBe(true);
    expect(await canQuery(first.url)).toBe(true);
    const { port } = JSON.parse(readFileSync(path.join(dir, "postgres.json"), "utf8"));
    expect(first.url).toContain(`:${port}/`);
    // A cache sized to the machine, not PostgreSQL's stock 128 MB: an eighth of memory, up to 1 GB;
    // and no parallel workers, slower to start than the app's queries.
    const tuned = await settings(first.url, ["shared_buffers", "max_parallel_workers_per_gather"]);
    expect((Number(tuned.shared_buffers) * 8) / 1024).toBe(
      Math.min(1024, Math.max(128, Math.floor(totalmem() / 8 / 2 ** 20))),
    );
    expect(tuned.max_parallel_workers_per_gather).toBe("0");

    const reused = await ensureEmbeddedDatabase(dir);
    expect(reused.startedHere).toBe(false);
    expect(reused.url).toBe(first.url);

    // Simulate a run killed with SIGKILL: the process that started the server and the server die,
    // and its postmaster.pid stays behind.
    const pidFile = path.join(dir, "postgres", "postmaster.pid");
    first.child.kill("SIGKILL");
    await ended(first.child);
    process.kill(postmasterPid(dir), "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(pidFile, readFileSync(pidFile, "utf8"));

    const restarted = await ensureEmbeddedDatabase(dir);
    expect(restarted.startedHere).toBe(true);
    expect(await canQuery(restarted.url)).toBe(true);
    await restarted.stop();
    await reused.stop();
  }, 120_000);

  it("restarts its server on the same port when the postmaster dies, and not after it was stopped", async () => {
    const dir = freshDir();
    const db = await ensureEmbeddedDatabase(dir);
    const killed = postmasterPid(dir);
    process.kill(killed, "SIGKILL");
    await expect.poll(() => processAlive(killed), { timeout: 10_000 }).toBe(false);

    // Crash recovery replays the WAL; the same URL works again without anyone calling us.
    await expect.poll(() => canQuery(db.url), { timeout: 60_000, interval: 250 }).toBe(true);
    const restarted = postmasterPid(dir);
    expect(restarted).not.toBe(killed);

    await db.stop();
    await expect.poll(() => processAlive(restarted), { timeout: 10_000 }).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await canQuery(db.url)).toBe(false);
  }, 120_000);

  it("never kills an unrelated process whose pid a stale lock names", async () => {
    const dir = freshDir();
    const first = await ensureEmbeddedDatabase(dir);
    const pidFile = path.join(dir, "postgres", "postmaster.pid");
    const lock = readFileSync(pidFile, "utf8");
    await first.stop();

    // After a reboot the old pid can belong to anything: here, a sleeping process.
    const bystander = spawn("sleep", ["60"]);
    children.push(bystander);
    writeFileSync(pidFile, lock.replace(/^\d+/, String(bystander.pid)));

    const again = await ensureEmbeddedDatabase(dir);
    expect(again.startedHere).toBe(true);
    expect(await canQuery(again.url)).toBe(true);
    expect(processAlive(bystander.pid as number)).toBe(true);
    await again.stop();
  }, 120_000);

  it("stays up while another process uses it, and the last one out stops it", async () => {
    const dir = freshDir();
    const mine = await ensureEmbeddedDatabase(dir);
    const other = await otherProcess(dir);
    expect(other.startedHere).toBe(false);
    expect(other.url).toBe(mine.url);
    const pid = postmasterPid(dir);

    await mine.stop();
    expect(await canQuery(mine.url)).toBe(true);

    other.child.stdin?.end();
    await ended(other.child);
    await expect.poll(() => processAlive(pid), { timeout: 10_000 }).toBe(false);
  }, 120_000);

  it("starts one server when two processes start on a fresh folder at the same time", async () => {
    const dir = freshDir();
    const [a, b] = await Promise.all([otherProcess(dir), otherProcess(dir)]);
    expect(a.url).toBe(b.url);
    expect([a.startedHere, b.startedHere].sort()).toEqual([false, true]);
    expect(await canQuery(a.url)).toBe(true);
    const pid = postmasterPid(dir);
    a.child.stdin?.end();
    b.child.stdin?.end();
    await Promise.all([ended(a.child), ended(b.child)]);
    await expect.poll(() => processAlive(pid), { timeout: 10_000 }).toBe(false);
  }, 180_000);
});
