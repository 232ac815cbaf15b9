/**
 * Chat probes over the demo meetings: the demo account is seeded into the benchmark's own embedded
 * PostgreSQL database (.data/bench-chat) through the same path as `minuta demo seed`, and every
 * question of bench/chat/probes.json is asked through the real chat handler (local engine), over
 * all the demo meetings. Prints each answer and:
 *   correct answered/refused — answerable probes answered, the others answered: false;
 *   expected fact present    — among answerable probes, the answer contains one of its `fact`s.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/chat/probes.ts
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { answerChat, chatBodySchema } from "@/lib/chat/chat-request";
import { stripMarkers } from "@/lib/chat/citations";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { fold } from "@/lib/kernel/text/fold";
import { seedDemo } from "@/lib/orchestration/demo/seed-demo";
import { findUserByEmail } from "@/lib/users/queries";
import { openBenchDatabase } from "./bench-db";

const probesFile = z.object({
  probes: z.array(z.object({ q: z.string(), fact: z.array(z.string()).min(1).optional() })).min(1),
});

process.env.AUTH_SECRET ??= "bench-chat-probes-only";
for (const name of ["AI_BASE_URL", "AI_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"]) delete process.env[name];
const { probes } = probesFile.parse(
  JSON.parse(readFileSync(path.join(import.meta.dirname, "probes.json"), "utf8")),
);
// A database of its own on the benchmark's server, so it can run beside bench/chat/run.ts.
const bench = await openBenchDatabase("minuta_bench_chat_probes");
process.env.DATABASE_URL = bench.url;
const sql = getSql();
await sql.unsafe(
  "drop schema if exists public cascade; create schema public; grant usage on schema public to public; drop schema if exists pgboss cascade",
);
await migrate(sql);
const seeded = await seedDemo().catch((error) => {
  console.error("seed failed", error);
  throw error;
});
const user = await findUserByEmail(seeded.email);
if (!user) throw new Error("the demo user was not created");

let correct = 0;
let answerable = 0;
let factFound = 0;
for (const probe of probes) {
  const body = chatBodySchema.parse({
    messages: [{ id: "q", role: "user", parts: [{ type: "text", text: probe.q }] }],
  });
  const response = await answerChat(user.id, body, true);
  const answer = (await response.json()) as { text: string; answered: boolean };
  const text = stripMarkers(answer.text);
  const expectAnswer = probe.fact !== undefined;
  const right = answer.answered === expectAnswer;
  const hasFact = expectAnswer && (probe.fact ?? []).some((fact) => fold(text).includes(fold(fact)));
  if (right) correct++;
  if (expectAnswer) answerable++;
  if (hasFact) factFound++;
  const verdict = right ? (expectAnswer && !hasFact ? "no fact" : "ok") : "WRONG";
  console.log(`[${verdict}] ${probe.q}\n    ${text.replace(/\n/g, "\n    ")}\n`);
}

console.log(
  `probes: ${probes.length} (${answerable} answerable)\n` +
    `  correct answered/refused   ${correct}/${probes.length} (${((100 * correct) / probes.length).toFixed(1)} %)\n` +
    `  expected fact present      ${factFound}/${answerable} (${((100 * factFound) / Math.max(answerable, 1)).toFixed(1)} %)`,
);

await stopBoss();
await closeDb();
await bench.server.stop();
// Seeding started timers (meeting events, the recap mail) that would keep the process alive.
process.exit(0);
