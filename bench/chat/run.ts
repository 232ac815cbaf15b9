/**
 * Chat on QMSum val specific queries, through the real code: every meeting is loaded into its own
 * embedded PostgreSQL database (.data/bench-chat), the real retriever ranks its turns, and the real
 * chat handler (local engine) streams the answer.
 *   retrieval: hit@5, hit@10 (a top-k turn inside a gold relevant_text_span), gold turns among the top 10;
 *              plain BM25 over turns as the baseline;
 *   answers:   how often they cite a turn inside the gold span, ROUGE-1/2/Lsum (stemmed) against the
 *              gold answer, time to the first streamed token, and "don't know" on unrelated questions.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/chat/run.ts
 */
import { performance } from "node:perf_hooks";
import { answerChat, chatBodySchema } from "@/lib/chat/chat-request";
import { stripMarkers } from "@/lib/chat/citations";
import { retrieve } from "@/lib/chat/retrieve";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { splitSentences } from "@/lib/insights/sentences";
import { storeInsights } from "@/lib/insights/store-insights";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { rouge } from "../insights/rouge";
import { openBenchDatabase } from "./bench-db";
import { bm25Turns } from "./bm25-baseline";
import { OFF_TOPIC } from "./off-topic-questions";
import { inSpans, loadChatBenchmark, spanTurns } from "./qmsum-chat";

for (const name of ["AI_BASE_URL", "AI_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"]) delete process.env[name];
const bench = await openBenchDatabase();
process.env.DATABASE_URL = bench.url;
const sql = getSql();
await sql.unsafe(
  "drop schema if exists public cascade; create schema public; grant usage on schema public to public; drop schema if exists pgboss cascade",
);
await migrate(sql);

const { meetings, queries } = loadChatBenchmark();
const [user] = await sql<{ id: string }[]>`
  insert into users (email, name) values ('bench@example.test', 'Bench') returning id`;
const userId = (user as { id: string }).id;
const meetingIds = new Map<string, string>();
const loadStart = performance.now();
for (const [index, meeting] of meetings.entries()) {
  const startedAt = new Date(Date.UTC(2026, 0, 1 + index, 10));
  const [row] = await sql<{ id: string }[]>`
    insert into meetings (owner_id, title, status, source, language, started_at)
    values (${userId}, ${meeting.name}, 'ready', 'upload', 'en', ${startedAt}) returning id`;
  const id = (row as { id: string }).id;
  meetingIds.set(meeting.name, id);
  // QMSum has a few empty turns; they are skipped, keeping every other turn's index as its seq.
  const rows = meeting.segments
    .filter((segment) => segment.text.trim())
    .map((segment) => ({
      meeting_id: id,
      seq: segment.seq,
      speaker: segment.speaker,
      text: segment.text,
      start_ms: segment.startMs,
      end_ms: segment.endMs,
      search_config: "english",
    }));
  for (let at = 0; at < rows.length; at += 1000)
    await sql`insert into transcript_segments ${sql(rows.slice(at, at + 1000))}`;
  const insights = analyzeLocally({
    segments: meeting.segments.filter((segment) => segment.text.trim()),
    language: "en",
    meetingDate: startedAt,
    timezone: "UTC",
    participants: [],
    watchlist: [],
    template: "default",
  });
  await sql.begin((tx) => storeInsights(tx, { id, ownerId: userId }, insights, null));
}
console.log(
  `QMSum val: ${meetings.length} meetings (${meetings.reduce((n, m) => n + m.segments.length, 0)} turns) loaded and analysed in ${((performance.now() - loadStart) / 1000).toFixed(1)} s; ${queries.length} specific queries\n`,
);

type StreamedAnswer = { text: string; seqs: number[]; answered: boolean; firstTokenMs: number };

/** Asks through the real chat handler and reads its server-sent UI message stream. */
async function ask(question: string, meetingId: string): Promise<StreamedAnswer> {
  const body = chatBodySchema.parse({
    messages: [{ id: "q", role: "user", parts: [{ type: "text", text: question }] }],
    meetingIds: [meetingId],
  });
  const started = performance.now();
  const response = await answerChat(userId, body, false);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const firstTokenMs = Number.NaN;
  const answer: StreamedAnswer = { text: "", seqs: [], answered: false, firstTokenMs };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const events = buffer.split("\n\n");
    buffer = events.pop() ?? "";
    for (const event of events) {
      const data = event.replace(/^data: /, "");
      if (!data.startsWith("{")) continue;
      const chunk = JSON.parse(data);
      if (chunk.type === "text-delta") {
        if (Number.isNaN(answer.firstTokenMs)) answer.firstTokenMs = performance.now() - started;
        answer.text += chunk.delta;
      } else if (chunk.type === "data-citation") answer.seqs.push(chunk.data.seq);
      else if (chunk.messageMetadata?.answered !== undefined)
        answer.answered = chunk.messageMetadata.answered;
    }
  }
  return answer;
}

const asLines = (text: string) => splitSentences(text.replace(/\s+/g, " ")).join("\n");
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};

const totals = {
  hit5: 0,
  hit10: 0,
  goldInTop10: 0,
  base5: 0,
  base10: 0,
  baseGold: 0,
  citedInGold: 0,
  citationsInGold: 0,
  citations: 0,
  answered: 0,
  rouge1: 0,
  rouge2: 0,
  rougeLsum: 0,
  words: 0,
};
const retrievalMs: number[] = [];
const firstToken: number[] = [];
const byMeeting = new Map(meetings.map((meeting) => [meeting.name, meeting]));

for (const query of queries) {
  const meeting = byMeeting.get(query.meeting);
  const meetingId = meetingIds.get(query.meeting);
  if (!meeting || !meetingId) continue;
  const gold = Math.min(10, spanTurns(query.spans));

  const started = performance.now();
  const retrieval = await retrieve(userId, query.query, { meetingIds: [meetingId] });
  retrievalMs.push(performance.now() - started);
  const top = retrieval.top.map((turn) => turn.seq);
  if (top.slice(0, 5).some((seq) => inSpans(seq, query.spans))) totals.hit5++;
  if (top.slice(0, 10).some((seq) => inSpans(seq, query.spans))) totals.hit10++;
  totals.goldInTop10 += top.slice(0, 10).filter((seq) => inSpans(seq, query.spans)).length / gold;

  const baseline = bm25Turns(
    meeting.segments.map((segment) => segment.text),
    query.query,
  );
  if (baseline.slice(0, 5).some((seq) => inSpans(seq, query.spans))) totals.base5++;
  if (baseline.slice(0, 10).some((seq) => inSpans(seq, query.spans))) totals.base10++;
  totals.baseGold += baseline.slice(0, 10).filter((seq) => inSpans(seq, query.spans)).length / gold;

  const answer = await ask(query.query, meetingId);
  firstToken.push(answer.firstTokenMs);
  if (answer.answered) totals.answered++;
  if (answer.seqs.some((seq) => inSpans(seq, query.spans))) totals.citedInGold++;
  totals.citations += answer.seqs.length;
  totals.citationsInGold += answer.seqs.filter((seq) => inSpans(seq, query.spans)).length;
  const text = stripMarkers(answer.text);
  const scores = rouge(asLines(query.answer), asLines(text));
  totals.rouge1 += scores.rouge1.f1;
  totals.rouge2 += scores.rouge2.f1;
  totals.rougeLsum += scores.rougeLsum.f1;
  totals.words += text.split(/\s+/).filter(Boolean).length;
}

let offTopicUnanswered = 0;
for (const meeting of meetings) {
  for (const question of OFF_TOPIC) {
    const answer = await ask(question, meetingIds.get(meeting.name) as string);
    if (!answer.answered) offTopicUnanswered++;
  }
}

const n = queries.length;
const share = (value: number) => (value / n).toFixed(3);
const pct = (value: number) => ((100 * value) / n).toFixed(2);
console.log("retrieval (top-k turns of the meeting)      hit@5   hit@10  gold turns in top 10");
console.log(
  `  Minuta retriever                           ${share(totals.hit5)}   ${share(totals.hit10)}   ${share(totals.goldInTop10)}`,
);
console.log(
  `  plain BM25 over turns (baseline)           ${share(totals.base5)}   ${share(totals.base10)}   ${share(totals.baseGold)}`,
);
console.log(
  `  retrieval time p50 ${percentile(retrievalMs, 50).toFixed(1)} ms, p95 ${percentile(retrievalMs, 95).toFixed(1)} ms`,
);
console.log("\nlocal answers (streamed through POST /api/v1/chat's handler)");
console.log(`  cite a turn inside the gold span           ${share(totals.citedInGold)}`);
console.log(
  `  citations inside the gold span             ${(totals.citationsInGold / Math.max(1, totals.citations)).toFixed(3)} (${(totals.citations / n).toFixed(1)} per answer)`,
);
console.log(`  answered: true                             ${share(totals.answered)}`);
console.log(
  `  ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1           ${pct(totals.rouge1)} / ${pct(totals.rouge2)} / ${pct(totals.rougeLsum)}  (mean ${(totals.words / n).toFixed(0)} words)`,
);
console.log(
  `  first streamed token p50 ${percentile(firstToken, 50).toFixed(1)} ms, p95 ${percentile(firstToken, 95).toFixed(1)} ms`,
);
console.log(
  `  unrelated questions answered: false         ${offTopicUnanswered}/${meetings.length * OFF_TOPIC.length}`,
);

await closeDb();
await bench.server.stop();
