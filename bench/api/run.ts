/**
 * API throughput and latency against the production build, next to a bare node:http + postgres.js
 * server doing the same queries. Seeds 10,000 meetings for one user on a benchmark database of its
 * own (.data/bench), then loads GET /api/v1/meetings?limit=20 and GET /api/v1/meetings/{id} with
 * an API key, 64 connections (autocannon). The load generator runs on the same machine and cores.
 *
 * Run: npm run build && npx tsx --import ./scripts/server-only-hook.mjs bench/api/run.ts [--duration 20] [--connections 64] [--meetings 10000]
 */

import os from "node:os";
import { isDeepStrictEqual } from "node:util";
import { getSql } from "@/lib/kernel/db/client";
import { startBenchServer } from "../support/bench-server";
import { flag, freePort, startScript } from "./environment";
import { type LoadResult, load } from "./load";
import { seedMeetings } from "./seed";

const DURATION = flag("duration", 20);
const CONNECTIONS = flag("connections", 64);
const MEETINGS = flag("meetings", 10_000);
const WARMUP_SECONDS = 3;

const loadBefore = os.loadavg()[0] ?? 0;
const app = await startBenchServer("bench", await freePort());
const servers: { url: string; stop: () => Promise<void> }[] = [];
try {
  const sql = getSql();
  const key = app.key;
  const [owner] = await sql<{ id: string }[]>`select id from users where email = 'bench@example.test'`;
  const userId = owner?.id ?? "";
  process.stderr.write(`seeding ${MEETINGS} meetings…\n`);
  await seedMeetings(sql, userId, MEETINGS);
  const ids = (
    await sql<
      { id: string }[]
    >`select id from meetings where owner_id = ${userId} order by random() limit 2000`
  ).map((row) => row.id);

  const barePort = await freePort();
  const bare = await startScript(
    "bench/api/bare-server.ts",
    { DATABASE_URL: process.env.DATABASE_URL ?? "", PORT: String(barePort) },
    `http://127.0.0.1:${barePort}/ready`,
  );
  servers.push(bare);

  const headers = { authorization: `Bearer ${key}` };
  const listPath = "/api/v1/meetings?limit=20";
  const onePath = () => `/api/v1/meetings/${ids[Math.floor(Math.random() * ids.length)]}`;

  // Both servers must answer the same thing, or the comparison means nothing.
  for (const path of [listPath, `/api/v1/meetings/${ids[0]}`]) {
    const [a, b] = await Promise.all(
      [app, bare].map(async (server) => {
        const response = await fetch(`${server.url}${path}`, { headers });
        if (response.status !== 200) throw new Error(`${server.url}${path} answered ${response.status}`);
        return response.json();
      }),
    );
    if (!isDeepStrictEqual(a, b)) throw new Error(`Minuta and the bare server answer ${path} differently`);
  }

  async function measure(server: { url: string }, path: () => string): Promise<LoadResult> {
    const options = {
      url: server.url,
      connections: CONNECTIONS,
      headers,
      requests: [{ setupRequest: (request: { path?: string }) => ({ ...request, path: path() }) }],
    };
    await load({ ...options, duration: WARMUP_SECONDS });
    return load({ ...options, duration: DURATION });
  }

  const rows: { endpoint: string; server: string; result: LoadResult }[] = [];
  for (const [endpoint, path] of [
    [`GET ${listPath}`, () => listPath],
    ["GET /api/v1/meetings/{id}", onePath],
  ] as const) {
    for (const [name, server] of [
      ["minuta (next start)", app],
      ["bare node:http", bare],
    ] as const) {
      process.stderr.write(`${endpoint} on ${name}: ${DURATION} s…\n`);
      rows.push({ endpoint, server: name, result: await measure(server, path) });
    }
  }

  const cpus = os.cpus();
  console.log(
    `\nAPI benchmark — ${MEETINGS} meetings, ${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP_SECONDS} s warm-up`,
  );
  console.log(
    `${cpus.length} × ${cpus[0]?.model ?? "CPU"}; Node ${process.version}. The load generator, both servers and PostgreSQL share these cores.`,
  );
  console.log(
    `1-minute load average before the run: ${loadBefore.toFixed(1)} (other work on this machine competes for the cores too).\n`,
  );
  console.log(
    "endpoint                          server               req/s    p50 ms  p99 ms  non-2xx/errors",
  );
  for (const { endpoint, server, result } of rows) {
    console.log(
      `${endpoint.padEnd(34)}${server.padEnd(21)}${result.requests.average.toFixed(0).padStart(6)}  ${String(result.latency.p50).padStart(7)} ${String(result.latency.p99).padStart(7)}  ${result.non2xx}/${result.errors + result.timeouts}`,
    );
  }
  console.log("");
  for (let i = 0; i < rows.length; i += 2) {
    const minuta = rows[i];
    const bareRow = rows[i + 1];
    if (!minuta || !bareRow) continue;
    const ratio = minuta.result.requests.average / bareRow.result.requests.average;
    const p99 = minuta.result.latency.p99;
    console.log(
      `${minuta.endpoint}: Minuta at ${(ratio * 100).toFixed(0)} % of the bare server's throughput (target ≥ 50 %), p99 ${p99} ms (target ≤ 100 ms)`,
    );
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  await app.stop();
}
