/**
 * Per-question diagnosis on QMSum val without re-streaming: reuses the database bench/chat/run.ts
 * loaded (run it first), answers each val query with the local engine directly, and prints the
 * figures run.ts prints (hit@k, cited-in-gold, ROUGE-1) plus, with -v, one line per question.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/chat/diagnose.ts [-v]
 */
import { answerLocally } from "@/lib/chat/answer-local";
import { retrieve } from "@/lib/chat/retrieve";
import { splitSentences } from "@/lib/insights/sentences";
import { rouge } from "../insights/rouge";
import { openLoadedBench } from "./loaded-bench";
import { OFF_TOPIC } from "./off-topic-questions";
import { inSpans } from "./qmsum-chat";

const { userId, ids, queries, close } = await openLoadedBench();
const verbose = process.argv.includes("-v");
const offTopic = !process.argv.includes("--no-off");
// Retriever options to try, as JSON: RETRIEVE='{"feedback":{"weight":0.2}}'.
const tuned = JSON.parse(process.env.RETRIEVE ?? "{}");
const compose = JSON.parse(process.env.COMPOSE ?? "{}");
const asLines = (text: string) => splitSentences(text.replace(/\s+/g, " ")).join("\n");
const t = { p: 0, r: 0, hit5: 0, hit10: 0, cited: 0, answered: 0, rouge1: 0, words: 0, citations: 0 };
for (const query of queries) {
  const meetingId = ids.get(query.meeting) as string;
  const scope = { meetingIds: [meetingId] };
  const retrieval = await retrieve(userId, query.query, { ...tuned, ...scope });
  const top = retrieval.top.map((turn) => turn.seq);
  const rank = top.findIndex((seq) => inSpans(seq, query.spans));
  if (rank >= 0 && rank < 5) t.hit5++;
  if (rank >= 0 && rank < 10) t.hit10++;
  const answer = await answerLocally({
    userId,
    question: query.query,
    language: "en",
    retrieval,
    scope,
    compose,
  });
  const seqs = answer.sentences.flatMap((s) => s.cites.map((c) => c.seq));
  const cited = seqs.some((seq) => inSpans(seq, query.spans));
  if (answer.answered) t.answered++;
  if (cited) t.cited++;
  t.citations += seqs.length;
  const text = answer.sentences
    .map((s) => [s.fact, s.speaker ? `${s.speaker}: "${s.text}"` : s.text].filter(Boolean).join(" "))
    .join("\n");
  const scores = rouge(asLines(query.answer), asLines(text)).rouge1;
  const r1 = scores.f1;
  t.p += scores.precision;
  t.r += scores.recall;
  t.rouge1 += r1;
  t.words += text.split(/\s+/).filter(Boolean).length;
  if (process.argv.includes("-a")) console.log(`\nQ ${query.query}\nGOLD ${query.answer}\nANSWER ${text}`);
  if (verbose)
    console.log(
      `${answer.answered ? (cited ? "CITED " : "MISS  ") : "REFUSE"} r${rank} R1=${(100 * r1).toFixed(0)} ${query.meeting} | ${query.query} | gold ${JSON.stringify(query.spans)} | cites ${seqs.join(",")} | top ${top.slice(0, 10).join(",")}`,
    );
}
const n = queries.length;
let refused = 0;
if (offTopic)
  for (const id of ids.values())
    for (const question of OFF_TOPIC) {
      const scope = { meetingIds: [id] };
      const retrieval = await retrieve(userId, question, { ...tuned, ...scope });
      const answer = await answerLocally({ userId, question, language: "en", retrieval, scope });
      if (!answer.answered) refused++;
      else if (verbose) console.log(`ANSWERED OFF ${question}`);
    }
console.log(
  `hit@5 ${(t.hit5 / n).toFixed(3)} hit@10 ${(t.hit10 / n).toFixed(3)} cited ${(t.cited / n).toFixed(3)} answered ${(t.answered / n).toFixed(3)} R1 ${((100 * t.rouge1) / n).toFixed(2)} (P ${((100 * t.p) / n).toFixed(1)} R ${((100 * t.r) / n).toFixed(1)}) words ${(t.words / n).toFixed(0)} cites ${(t.citations / n).toFixed(1)} off-refused ${refused}/${ids.size * OFF_TOPIC.length}`,
);
await close();
