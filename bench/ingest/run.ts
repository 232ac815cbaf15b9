/**
 * Live-caption ingest through the production build: N clients (default 200), each appending one
 * segment a second to its own live meeting for --duration seconds (default 60), the way a meeting
 * bot does. Clients retry at random the way real ones do: some requests are abandoned mid-flight
 * (a client-side timeout) and sent again, some batches are sent twice after a success (a lost
 * answer), and any error is retried. Afterwards the database is read back to count lost and
 * duplicated segments. The clients run on the same machine and cores as the server and database.
 *
 * Run: npm run build && npx tsx --import ./scripts/server-only-hook.mjs bench/ingest/run.ts [--duration 60] [--clients 200]
 */
import os from "node:os";
import { getSql } from "@/lib/kernel/db/client";
import { flag, freePort } from "../api/environment";
import { startBenchServer } from "../support/bench-server";

const DURATION_S = flag("duration", 60);
const CLIENTS = flag("clients", 200);
const ABANDON_RATE = 0.05; // request given up after 0–50 ms, then sent again
const RESEND_RATE = 0.1; // batch sent again after a 200, as if its answer was lost
const REQUEST_TIMEOUT_MS = 10_000;

type Segment = { seq: number; speaker: string; text: string; startMs: number; endMs: number };
type Stats = {
  latencies: number[];
  requests: number;
  abandoned: number;
  resent: number;
  failures: Map<string, number>;
  acceptedBySeq: Map<string, number>;
};

const stats: Stats = {
  latencies: [],
  requests: 0,
  abandoned: 0,
  resent: 0,
  failures: new Map(),
  acceptedBySeq: new Map(),
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const countFailure = (what: string) => stats.failures.set(what, (stats.failures.get(what) ?? 0) + 1);

function textOf(client: number, seq: number) {
  return `Client ${client} says segment ${seq}: the quarterly numbers look fine.`;
}

/**
 * One POST of the batch; the answer's counts, or null when it was abandoned or failed. The give-up
 * timer races the request instead of only aborting it: undici's fetch can stay pending forever when
 * it is aborted while the body is still being sent (seen here, with the socket already closed).
 */
async function post(url: string, key: string, segments: Segment[], abandonAfterMs?: number) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DOMException("gave up", "AbortError"));
    }, abandonAfterMs ?? REQUEST_TIMEOUT_MS);
  });
  const started = performance.now();
  stats.requests++;
  try {
    const response = await Promise.race([
      fetch(url, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ segments }),
        signal: controller.signal,
      }),
      giveUp,
    ]);
    const body = (await Promise.race([response.json(), giveUp])) as {
      accepted?: number;
      duplicates?: number;
    };
    stats.latencies.push(performance.now() - started);
    if (response.status !== 200) {
      countFailure(`HTTP ${response.status}`);
      return null;
    }
    return body as { accepted: number; duplicates: number };
  } catch (error) {
    if (abandonAfterMs !== undefined && controller.signal.aborted) stats.abandoned++;
    else countFailure((error as Error).name);
    return null;
  } finally {
    clearTimeout(timer);
    giveUp.catch(() => {});
  }
}

/** Sends the batch until an answer arrives; returns the seqs confirmed stored. */
async function deliver(url: string, key: string, meetingId: string, segments: Segment[]) {
  for (let attempt = 0; ; attempt++) {
    const abandon = Math.random() < ABANDON_RATE ? Math.random() * 50 : undefined;
    const answer = await post(url, key, segments, abandon);
    if (answer) {
      if (answer.accepted > 0) {
        for (const segment of segments) {
          const id = `${meetingId}:${segment.seq}`;
          stats.acceptedBySeq.set(id, (stats.acceptedBySeq.get(id) ?? 0) + 1);
        }
      }
      if (Math.random() < RESEND_RATE) {
        stats.resent++;
        const again = await post(url, key, segments);
        if (again && again.accepted > 0) {
          for (const segment of segments) {
            const id = `${meetingId}:${segment.seq}`;
            stats.acceptedBySeq.set(id, (stats.acceptedBySeq.get(id) ?? 0) + 1);
          }
        }
      }
      return;
    }
    await sleep(Math.min(1000, 50 * 2 ** attempt));
  }
}

async function client(index: number, baseUrl: string, key: string, meetingId: string, until: number) {
  const url = `${baseUrl}/api/v1/meetings/${meetingId}/segments`;
  await sleep(Math.random() * 1000);
  const start = performance.now();
  let seq = 0;
  while (Date.now() < until) {
    const segment = {
      seq,
      speaker: index % 2 ? "Ana" : "Luis",
      text: textOf(index, seq),
      startMs: seq * 1000,
      endMs: seq * 1000 + 900,
    };
    await deliver(url, key, meetingId, [segment]);
    seq++;
    const next = start + seq * 1000;
    await sleep(Math.max(0, next - performance.now()));
  }
  return seq;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const loadBefore = os.loadavg()[0] ?? 0;
const app = await startBenchServer("bench-ingest", await freePort());
try {
  const sql = getSql();
  const key = app.key;
  const meetingIds: string[] = [];
  for (let i = 0; i <= CLIENTS; i++) {
    const response = await fetch(`${app.url}/api/v1/meetings`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ title: `Ingest bench ${i}`, language: "en" }),
    });
    if (response.status !== 201) throw new Error(`creating a meeting answered ${response.status}`);
    meetingIds.push(((await response.json()) as { id: string }).id);
  }

  // Warm-up on a meeting of its own: the first requests to a route load and compile its code.
  const warmUp = meetingIds.pop();
  for (let seq = 0; seq < 200; seq += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post(`${app.url}/api/v1/meetings/${warmUp}/segments`, key, [
          { seq: seq + i, speaker: "Warm", text: `warm-up ${seq + i}`, startMs: 0, endMs: 1 },
        ]),
      ),
    );
  }
  Object.assign(stats, { latencies: [], requests: 0 });

  process.stderr.write(`${CLIENTS} clients appending for ${DURATION_S} s…\n`);
  const until = Date.now() + DURATION_S * 1000;
  const sent = await Promise.all(meetingIds.map((id, index) => client(index, app.url, key, id, until)));

  const stored = await sql<{ meeting_id: string; seq: number; text: string }[]>`
    select meeting_id, seq, text from transcript_segments where meeting_id in ${sql(meetingIds)}`;
  const storedKeys = new Map<string, number>();
  for (const row of stored)
    storedKeys.set(`${row.meeting_id}:${row.seq}`, (storedKeys.get(`${row.meeting_id}:${row.seq}`) ?? 0) + 1);
  let expected = 0;
  let lost = 0;
  let wrongText = 0;
  const textBySeq = new Map(stored.map((row) => [`${row.meeting_id}:${row.seq}`, row.text]));
  meetingIds.forEach((id, index) => {
    for (let seq = 0; seq < (sent[index] ?? 0); seq++) {
      expected++;
      const text = textBySeq.get(`${id}:${seq}`);
      if (text === undefined) lost++;
      else if (text !== textOf(index, seq)) wrongText++;
    }
  });
  const duplicateRows = [...storedKeys.values()].reduce((sum, n) => sum + n - 1, 0);
  const [sameText] = await sql<{ n: number }[]>`
    select coalesce(sum(n - 1), 0)::int as n from (
      select count(*) as n from transcript_segments where meeting_id in ${sql(meetingIds)}
      group by meeting_id, text having count(*) > 1) twice`;
  const unexpected = stored.length - (expected - lost);
  const acceptedTwice = [...stats.acceptedBySeq.values()].filter((n) => n > 1).length;

  const latencies = [...stats.latencies].sort((a, b) => a - b);
  const cpus = os.cpus();
  console.log(
    `\nIngest benchmark — ${CLIENTS} clients × 1 segment/s for ${DURATION_S} s, through next start`,
  );
  console.log(
    `${cpus.length} × ${cpus[0]?.model ?? "CPU"}; Node ${process.version}. Clients, server and PostgreSQL share these cores.`,
  );
  console.log(
    `1-minute load average before the run: ${loadBefore.toFixed(1)} (other work on this machine competes for the cores too).\n`,
  );
  console.log(
    `requests: ${stats.requests} (${stats.abandoned} abandoned mid-flight and retried, ${stats.resent} batches re-sent after a 200)`,
  );
  console.log(
    `other failures: ${stats.failures.size ? [...stats.failures].map(([what, n]) => `${what} × ${n}`).join(", ") : "none"}`,
  );
  console.log(
    `append latency (answered requests, n = ${latencies.length}): p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms`,
  );
  console.log(`segments confirmed by clients: ${expected}; stored: ${stored.length}`);
  console.log(
    `lost: ${lost}; duplicated: ${duplicateRows + (sameText?.n ?? 0)} (same seq twice: ${duplicateRows}, same text under two seqs: ${sameText?.n ?? 0})`,
  );
  console.log(
    `stored but never sent: ${unexpected}; stored with other text: ${wrongText}; seqs answered "accepted" twice: ${acceptedTwice}`,
  );
} finally {
  await app.stop();
}
