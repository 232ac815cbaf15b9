// Job queue backlog benchmark (prints figures; not a test): 50 meetings' analyses queued while no
// worker runs (a restart, a burst of uploads), then the worker started as the app starts it. Prints
// how long the backlog took to drain against the work it held: the sum of the jobs' run times
// (pg-boss's started_on → completed_on) divided by the worker's concurrency. Target ≤ 1.5×.
// Run: npx tsx --import ./scripts/server-only-hook.mjs bench/jobs/run.ts [--jobs 50] | tail -6 (the worker logs each job before the figures)
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { importTranscript } from "@/lib/ingest/import-transcript";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { readOrCreateLocalSecret } from "@/lib/kernel/db/local-secret";
import { migrate } from "@/lib/kernel/db/migrate";
import { getBoss, QUEUES, stopBoss } from "@/lib/kernel/jobs/queue";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { demoMeetings } from "@/lib/orchestration/demo/meetings";
import { WORKERS } from "@/lib/orchestration/jobs/job-handlers";
import { startWorker } from "@/lib/orchestration/jobs/worker";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const JOBS = arg("jobs", 50);
const EMAIL = "bench-jobs@example.test";

const dir = path.resolve(".data/bench-jobs");
const embedded = await ensureEmbeddedDatabase(dir);
const owner = postgres(embedded.url, { max: 1, onnotice: () => {} });
await migrate(owner);
await owner.end();
// The app's own role, as `npm start` connects.
process.env.DATABASE_URL = embedded.appUrl;
process.env.MINUTA_DATA_DIR = dir;
// As the app does: recaps queued at the end of each analysis sign their unsubscribe links with it.
process.env.AUTH_SECRET ||= readOrCreateLocalSecret(dir, "auth-secret");

const sql = getSql();
const boss = await getBoss();
for (const queue of Object.keys(QUEUES)) await boss.deleteQueuedJobs(queue);
await sql`delete from users where email = ${EMAIL}`;
const [user] = await sql<{ id: string }[]>`insert into users (email) values (${EMAIL}) returning id`;

// Real transcripts (the demo's, Spanish and English) through the upload path, then the backlog.
const files = await mkdtemp(path.join(tmpdir(), "minuta-bench-jobs-"));
const ids: string[] = [];
for (let i = 0; i < JOBS; i++) {
  const demo = demoMeetings[i % demoMeetings.length]!;
  const meeting = await createMeeting(user!.id, { title: `${demo.title} #${i}`, language: demo.language });
  const file = path.join(files, `${meeting.id}.txt`);
  await writeFile(file, demo.transcript);
  // The import queues the meeting's analysis in its transaction, as an upload's.
  await importTranscript({ id: meeting.id, language: demo.language }, file);
  ids.push(meeting.id);
}
await rm(files, { recursive: true, force: true });

const started = performance.now();
const stopWorker = await startWorker();
for (;;) {
  const [row] = await sql<{ pending: number }[]>`
    select count(*)::int as pending from meetings where id = any(${ids}) and status = 'analyzing'`;
  if (row?.pending === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const drainMs = performance.now() - started;
await stopWorker();

const [work] = await sql<{ jobs: number; seconds: number }[]>`
  select count(*)::int as jobs,
    coalesce(sum(extract(epoch from completed_on - started_on)), 0)::float8 as seconds
  from pgboss.job where name = 'analyze' and state = 'completed' and data->>'meetingId' = any(${ids})`;
const [ready] = await sql<{ n: number }[]>`
  select count(*)::int as n from meetings where id = any(${ids}) and status = 'ready'`;
const idealMs = ((work?.seconds ?? 0) * 1000) / WORKERS.analyze;

console.log(`analyses queued: ${JOBS} (ready: ${ready?.n}, completed jobs: ${work?.jobs})`);
console.log(`worker concurrency (analyze): ${WORKERS.analyze}`);
console.log(`sum of the jobs' work: ${((work?.seconds ?? 0) * 1000).toFixed(0)} ms`);
console.log(`work / concurrency: ${idealMs.toFixed(0)} ms`);
console.log(`drain time: ${drainMs.toFixed(0)} ms`);
console.log(`drain / (work / concurrency): ${(drainMs / idealMs).toFixed(2)}× (target ≤ 1.5×)`);

await stopBoss();
await closeDb();
await embedded.stop();
process.exit(0);
