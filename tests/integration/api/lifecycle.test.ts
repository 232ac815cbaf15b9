import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { getBoss, QUEUES } from "@/lib/kernel/jobs/queue";
import { startWorker } from "@/lib/orchestration/jobs/worker";
import { call, makeCaller } from "@/tests/support/api";
import { appendSegments, type Segment, segment, stopServices } from "@/tests/support/api-fixtures";

/** What a third-party script holding only an API key does with a meeting, from creation to notes. */

let stopWorker: (() => Promise<void>) | undefined;

beforeAll(async () => {
  stopWorker = await startWorker();
  // The test files of a run share one database: jobs their meetings left queued (and those the
  // worker's start-up sweep re-queued) would be worked before this test's. Nobody awaits them now.
  const boss = await getBoss();
  for (const queue of Object.keys(QUEUES)) await boss.deleteQueuedJobs(queue);
});

afterAll(async () => {
  await stopWorker?.();
  await stopServices();
});

const CALL: Segment[] = [
  segment(0, "Priya", "Morning everyone, thanks for joining the onboarding revamp sync."),
  segment(1, "Marcus", "Morning. I pulled the activation numbers from last week before the call."),
  segment(2, "Priya", "Great, what do they look like?"),
  segment(3, "Marcus", "Activation dropped to thirty one percent, mostly at the workspace invite step."),
  segment(
    4,
    "Lena",
    "That matches the support tickets; people don't understand why they need to invite anyone.",
  ),
  segment(5, "Priya", "So we decided to make the invite step optional for the beta cohort."),
  segment(6, "Marcus", "Agreed. The pricing page copy also needs another pass before launch."),
  segment(7, "Priya", "I'll send the revised onboarding spec to the design team by Friday."),
  segment(8, "Lena", "I will draft the help center article for the new flow next week."),
  segment(9, "Marcus", "Should we run the experiment in Europe too, or only in the US?"),
  segment(10, "Priya", "Let's start with the US and revisit Europe in two weeks."),
  segment(11, "Lena", "Sounds good. I'll keep an eye on the support queue in the meantime."),
];

type Meeting = { id: string; status: string; error?: string };

async function waitForFinalStatus(key: string, id: string, timeoutMs = 30_000): Promise<Meeting> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await call(meetingRoute.GET, "GET", `/api/v1/meetings/${id}`, { key, params: { id } });
    expect(result.status).toBe(200);
    const meeting = result.body as Meeting;
    if (meeting.status === "ready" || meeting.status === "failed" || Date.now() > deadline) return meeting;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("a script holding only an API key", () => {
  it("runs a meeting's whole life: create, append in batches, end, analysis, insights, export", async () => {
    const { key } = await makeCaller();

    const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key,
      json: {
        title: "Onboarding revamp sync",
        language: "en",
        participants: [{ name: "Priya", email: "priya@example.com" }],
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const params = { id };

    // Captions arrive in batches, one of them sent twice after a (simulated) timeout.
    const batches = [CALL.slice(0, 4), CALL.slice(4, 8), CALL.slice(4, 8), CALL.slice(8)];
    const answers = [];
    for (const batch of batches) {
      const appended = await appendSegments(key, id, batch);
      expect(appended.status).toBe(200);
      answers.push(appended.body);
    }
    expect(answers).toEqual([
      { accepted: 4, duplicates: 0 },
      { accepted: 4, duplicates: 0 },
      { accepted: 0, duplicates: 4 },
      { accepted: 4, duplicates: 0 },
    ]);
    const live = await call(meetingRoute.GET, "GET", `/api/v1/meetings/${id}`, { key, params });
    expect(live.body).toMatchObject({ status: "live", source: "api", startedAt: expect.any(String) });

    const ended = await call(endRoute.POST, "POST", `/api/v1/meetings/${id}/end`, { key, params });
    expect(ended.status).toBe(202);
    expect(ended.body).toMatchObject({ id, status: "analyzing", durationMs: 11 * 4000 + 3500 });

    const final = await waitForFinalStatus(key, id);
    expect(final.error).toBeUndefined();
    expect(final.status).toBe("ready");

    const insights = await call(insightsRoute.GET, "GET", `/api/v1/meetings/${id}/insights`, { key, params });
    expect(insights.status).toBe(200);
    expect(insights.body.summary).toEqual(expect.any(String));
    expect(insights.body.summary.length).toBeGreaterThan(20);
    expect(insights.body.actionItems.length).toBeGreaterThan(0);
    for (const item of insights.body.actionItems) {
      expect(item).toEqual({
        id: expect.any(String),
        meetingId: id,
        text: expect.any(String),
        owner: item.owner === null ? null : expect.any(String),
        dueDate: item.dueDate === null ? null : expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        done: false,
        seq: item.seq === null ? null : expect.any(Number),
      });
    }
    const spec = insights.body.actionItems.find((item: { owner: string | null }) => item.owner === "Priya");
    expect(spec).toMatchObject({ seq: 7, text: expect.stringMatching(/spec/i) });
    expect(new Date(`${spec.dueDate}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(insights.body.talkTime.map((entry: { speaker: string }) => entry.speaker).sort()).toEqual([
      "Lena",
      "Marcus",
      "Priya",
    ]);

    // The extracted items are ordinary action items the script can list and tick off.
    const items = await call(actionItemsRoute.GET, "GET", "/api/v1/action-items", {
      key,
      query: { meetingId: id },
    });
    expect(items.body.data.map((item: { id: string }) => item.id).sort()).toEqual(
      insights.body.actionItems.map((item: { id: string }) => item.id).sort(),
    );

    const exported = await call(transcriptRoute.GET, "GET", `/api/v1/meetings/${id}/transcript`, {
      key,
      params,
      query: { format: "json" },
    });
    expect(exported.status).toBe(200);
    expect(JSON.parse(exported.text)).toMatchObject({
      version: 1,
      meeting: { id, title: "Onboarding revamp sync" },
      segments: CALL,
    });
    const notes = await call(transcriptRoute.GET, "GET", `/api/v1/meetings/${id}/transcript`, {
      key,
      params,
      query: { format: "md" },
    });
    expect(notes.headers.get("content-type")).toContain("text/markdown");
    expect(notes.text).toContain("I'll send the revised onboarding spec to the design team by Friday.");

    const hits = await call(searchRoute.GET, "GET", "/api/v1/search", { key, query: { q: "activation" } });
    expect(hits.body.data.map((hit: { meetingId: string; seq: number }) => [hit.meetingId, hit.seq])).toEqual(
      expect.arrayContaining([
        [id, 1],
        [id, 3],
      ]),
    );
  });
});
