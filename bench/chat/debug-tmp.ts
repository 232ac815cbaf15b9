import { askedFact } from "@/lib/chat/answer-facts";
import { retrieve } from "@/lib/chat/retrieve";
import { keyTerms, supportingPassage } from "@/lib/chat/support";
import { closeDb, getSql } from "@/lib/db/client";
import { openBenchDatabase } from "./bench-db";
import { loadChatBenchmark } from "./qmsum-chat";

const bench = await openBenchDatabase();
process.env.DATABASE_URL = bench.url;
const sql = getSql();
const [u] = await sql<{ id: string }[]>`select id from users limit 1`;
const rows = await sql<{ id: string; title: string }[]>`select id, title from meetings`;
const ids = new Map(rows.map((r) => [r.title, r.id]));
const { queries } = loadChatBenchmark();
let n = 0;
for (const q of queries) {
  const r = await retrieve(u!.id, q.query, { meetingIds: [ids.get(q.meeting)!] });
  const s = supportingPassage(r, { fact: askedFact(q.query) });
  if (s) continue;
  n++;
  if (n > 40) continue;
  const terms = keyTerms(r);
  const p = r.passages[0];
  const covered = new Set<string>();
  for (const t of r.ranked)
    if (p && t.meetingId === p.meetingId && Math.abs(t.seq - p.anchor.seq) <= 8)
      for (const m of t.matched) covered.add(m);
  console.log(
    q.query,
    "|",
    terms
      .map(
        (t) => `${t.source}${t.entity ? "*" : ""}:${t.weight.toFixed(1)}${covered.has(t.source) ? "+" : "-"}`,
      )
      .join(" "),
  );
}
console.log("unsupported", n, "of", queries.length);
await closeDb();
await bench.server.stop();
