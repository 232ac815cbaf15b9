/**
 * Support-check tuning on QMSum val without re-streaming answers: reuses the database bench/chat/run.ts
 * loaded (run it first), asks the retriever each val query and each unrelated question, and reports
 * how often the support check lets the question through and whether the stretch it picks lies in gold.
 * Run: npx tsx --import ./scripts/server-only-hook.mjs bench/chat/tune-support.ts
 */

import { askedFact } from "@/lib/chat/answer-facts";
import { retrieve } from "@/lib/chat/retrieve";
import { keyTerms, supportingPassage } from "@/lib/chat/support";
import { openLoadedBench } from "./loaded-bench";
import { OFF_TOPIC } from "./off-topic-questions";
import { inSpans } from "./qmsum-chat";

const { userId, ids, queries, close } = await openLoadedBench();
let answered = 0;
let inGold = 0;
const verbose = process.argv.includes("-v");
const tuned = JSON.parse(process.env.SUPPORT ?? "{}");
for (const query of queries) {
  const id = ids.get(query.meeting) as string;
  const retrieval = await retrieve(userId, query.query, { meetingIds: [id] });
  const support = supportingPassage(retrieval, { ...tuned, fact: askedFact(query.query) });
  if (support) answered++;
  if (support?.turns.some((turn) => inSpans(turn.seq, query.spans))) inGold++;
  if (verbose && !support)
    console.log(
      `REFUSED ${query.query}  [${keyTerms(retrieval)
        .map((t) => `${t.source}${t.entity ? "*" : ""}:${t.weight.toFixed(1)}`)
        .join(" ")}]`,
    );
}
let refused = 0;
for (const id of ids.values()) {
  for (const question of OFF_TOPIC) {
    const retrieval = await retrieve(userId, question, { meetingIds: [id] });
    const support = supportingPassage(retrieval, { ...tuned, fact: askedFact(question) });
    if (!support) refused++;
    else if (verbose)
      console.log(
        `ANSWERED OFF ${question} [${keyTerms(retrieval)
          .map((t) => t.source)
          .join(" ")}]`,
      );
  }
}
console.log(
  `supported ${(answered / queries.length).toFixed(3)}  support in gold ${(inGold / queries.length).toFixed(3)}  unrelated refused ${refused}/${ids.size * OFF_TOPIC.length}`,
);
await close();
