import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRecap } from "@/lib/email/send-recap";
import { meetingPageData } from "@/lib/insights/meeting-page-data";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { runAnalysis } from "@/lib/orchestration/jobs/analyze-meeting-job";
import { makeCaller } from "@/tests/support/api";
import { readyMeeting, stopServices, transcriptMeeting } from "@/tests/support/api-fixtures";

/**
 * Data loaded once per operation (issue 16): the queries an operation sends, counted on the app's
 * pool. A repeat (the same meeting loaded and ownership-checked again) shows as a rise.
 */

let queries: string[] = [];
const counting = () =>
  postgres(process.env.DATABASE_URL ?? "", {
    onnotice: () => {},
    transform: { undefined: null },
    debug: (_connection, query) => {
      queries.push(query);
    },
  });

beforeAll(() => {
  // The pool lib/kernel/db/client.ts would make, with a counter (it keeps them on globalThis).
  const globals = globalThis as Record<string, unknown>;
  globals.minutaSql = counting();
});

afterAll(stopServices);

async function count(work: () => Promise<unknown>): Promise<string[]> {
  queries = [];
  await work();
  return queries.filter((query) => !/^(begin|commit|rollback)$/i.test(query.trim()));
}

const meetingLoads = (sent: string[]) =>
  sent.filter((query) => /from "?meetings"?( |$|\n)/i.test(query)).length;

const TRANSCRIPT = `Ana: We agreed to ship the report on Friday.
Luis: I'll send the invoice to Carla on Monday.`;

describe("queries per operation", () => {
  it("sendRecap loads its meeting once", async () => {
    const owner = await makeCaller();
    const id = await readyMeeting(owner.key, TRANSCRIPT);
    const sent = await count(() => sendRecap(owner.userId, id, [owner.email]));
    console.info(`sendRecap: ${sent.length} queries, ${meetingLoads(sent)} reading meetings`);
    // 10 queries before issue 16, 3 of them loading the meeting.
    expect(meetingLoads(sent)).toBe(1);
    expect(sent.length).toBeLessThanOrEqual(8);
  });

  it("the meeting page loads its meeting once", async () => {
    const owner = await makeCaller();
    const id = await readyMeeting(owner.key, TRANSCRIPT);
    const sent = await count(() => meetingPageData(owner.userId, id));
    console.info(`meetingPageData: ${sent.length} queries, ${meetingLoads(sent)} reading meetings`);
    // 6 queries before issue 16, 3 of them loading the meeting.
    expect(meetingLoads(sent)).toBe(1);
    expect(sent.length).toBeLessThanOrEqual(4);
  });

  it("the analysis job, its recap included, stays within its budget", async () => {
    const owner = await makeCaller();
    const id = await transcriptMeeting(owner.key, TRANSCRIPT);
    const analysis = await count(() => analyzeMeeting(id));
    console.info(`analyzeMeeting: ${analysis.length} queries, ${meetingLoads(analysis)} reading meetings`);
    const other = await transcriptMeeting(owner.key, TRANSCRIPT);
    const job = await count(() => runAnalysis(other));
    console.info(
      `runAnalysis (with the recap): ${job.length} queries, ${meetingLoads(job)} reading meetings`,
    );
    // 26 queries before issue 16 (7 reading meetings), for this transcript and an owner without webhooks.
    expect(job.length).toBeLessThanOrEqual(22);
  });
});
