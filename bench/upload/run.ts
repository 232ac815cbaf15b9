// Upload benchmark (prints figures; not a test): streams a 1 GB recording through
// POST /api/v1/meetings/{id}/files on the production server and reports throughput and the
// server's peak memory growth (target ≤ 100 MB: the body must never be buffered whole).
// Run after `npm run build`: npx tsx --import ./scripts/server-only-hook.mjs bench/upload/run.ts [--mb 1024]
import { startBenchServer } from "../support/bench-server";

const index = process.argv.indexOf("--mb");
const MB = index > 0 ? Number(process.argv[index + 1]) : 1024;
const SIZE = MB * 1024 * 1024;
const CHUNK = 1024 * 1024;

function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(16000, 24);
  header.writeUInt32LE(32000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

const server = await startBenchServer("bench-upload", 3201);
const headers = { authorization: `Bearer ${server.key}` };
const created = await fetch(`${server.url}/api/v1/meetings`, {
  method: "POST",
  headers: { ...headers, "content-type": "application/json" },
  body: JSON.stringify({ title: "1 GB upload" }),
});
const { id } = (await created.json()) as { id: string };

const boundary = "----minuta-bench-boundary";
const preamble = Buffer.from(
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
);
const epilogue = Buffer.from(`\r\n--${boundary}--\r\n`);
const zeros = Buffer.alloc(CHUNK);
let sent = 0;
const body = new ReadableStream<Uint8Array>({
  start(controller) {
    controller.enqueue(preamble);
    controller.enqueue(wavHeader(SIZE - 44));
    sent = 44;
  },
  pull(controller) {
    if (sent >= SIZE) {
      controller.enqueue(epilogue);
      controller.close();
      return;
    }
    const size = Math.min(CHUNK, SIZE - sent);
    controller.enqueue(size === CHUNK ? zeros : zeros.subarray(0, size));
    sent += size;
  },
});

const baseline = server.rssMb();
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, server.rssMb());
}, 50);
const started = performance.now();
const response = await fetch(`${server.url}/api/v1/meetings/${id}/files`, {
  method: "POST",
  headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
  body,
  duplex: "half",
} as RequestInit);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, server.rssMb());
console.log(
  `\nupload of ${MB} MB: HTTP ${response.status} in ${seconds.toFixed(1)} s = ${(MB / seconds).toFixed(0)} MB/s`,
);
console.log(
  `server RSS: ${baseline.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak → growth ${(peak - baseline).toFixed(0)} MB (target ≤ 100 MB)`,
);
console.log("(client and server share this machine's 2 cores)");
await server.stop();
