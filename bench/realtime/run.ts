// Realtime benchmark (prints figures; not a test): 200 live meetings with one SSE subscriber each,
// each appending 2 segments/s through the API for 60 s. Reports append → event latency
// p50/p95/p99, lost and duplicated events, and server memory (target p99 ≤ 100 ms).
// Run after `npm run build`: npx tsx --import ./scripts/server-only-hook.mjs bench/realtime/run.ts [--meetings 200] [--seconds 60]
import { startBenchServer } from "../support/bench-server";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const MEETINGS = arg("meetings", 200);
const SECONDS = arg("seconds", 60);
const RATE = 2;

const server = await startBenchServer("bench-realtime", 3202);
const headers = { authorization: `Bearer ${server.key}`, "content-type": "application/json" };

const ids: string[] = [];
for (let i = 0; i < MEETINGS; i++) {
  const response = await fetch(`${server.url}/api/v1/meetings`, {
    method: "POST",
    headers,
    body: JSON.stringify({ title: `Live ${i}`, language: "en" }),
  });
  ids.push(((await response.json()) as { id: string }).id);
}

const sentAt = new Map<string, number>();
const latencies: number[] = [];
const received = new Map<string, Set<number>>();
let duplicates = 0;
const controllers: AbortController[] = [];

async function subscribe(id: string) {
  const controller = new AbortController();
  controllers.push(controller);
  const response = await fetch(`${server.url}/api/v1/meetings/${id}/events`, {
    headers,
    signal: controller.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const seen = new Set<number>();
  received.set(id, seen);
  let buffer = "";
  (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let split = buffer.indexOf("\n\n");
      while (split >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const idLine = /^id: (\d+)$/m.exec(block);
        if (block.startsWith("event: segment") && idLine) {
          const seq = Number(idLine[1]);
          if (seen.has(seq)) duplicates++;
          seen.add(seq);
          const started = sentAt.get(`${id}:${seq}`);
          if (started !== undefined) latencies.push(performance.now() - started);
        }
        split = buffer.indexOf("\n\n");
      }
    }
  })();
}

await Promise.all(ids.map(subscribe));
const baseline = server.rssMb();
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, server.rssMb());
}, 250);

let appended = 0;
let failures = 0;
const started = performance.now();
await Promise.all(
  ids.map(async (id, index) => {
    await new Promise((resolve) => setTimeout(resolve, (index / MEETINGS) * (1000 / RATE)));
    for (let seq = 0; seq < SECONDS * RATE; seq++) {
      const due = started + (index / MEETINGS) * (1000 / RATE) + seq * (1000 / RATE);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      sentAt.set(`${id}:${seq}`, performance.now());
      const response = await fetch(`${server.url}/api/v1/meetings/${id}/segments`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          segments: [
            { seq, speaker: "Bench", text: `caption ${seq}`, startMs: seq * 500, endMs: seq * 500 + 400 },
          ],
        }),
      }).catch(() => null);
      if (response?.ok) appended++;
      else failures++;
    }
  }),
);
await new Promise((resolve) => setTimeout(resolve, 2000));
clearInterval(sampler);

const expected = MEETINGS * SECONDS * RATE;
const lost = ids.reduce((sum, id) => sum + (SECONDS * RATE - (received.get(id)?.size ?? 0)), 0);
const sorted = latencies.sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
console.log(
  `\n${MEETINGS} live meetings × ${RATE} segments/s × ${SECONDS} s = ${expected} appends (${appended} ok, ${failures} failed)`,
);
console.log(
  `append → event latency: p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, p99 ${at(99).toFixed(1)} ms`,
);
console.log(`lost events: ${lost}, duplicated events: ${duplicates}`);
console.log(`server RSS: ${baseline.toFixed(0)} MB with subscribers, peak ${peak.toFixed(0)} MB`);
console.log("(load generator, server and PostgreSQL share this machine's 2 cores)");
for (const controller of controllers) controller.abort();
await server.stop();
process.exit(0);
