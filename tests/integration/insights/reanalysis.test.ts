import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteActionItem, updateActionItem } from "@/lib/action-items/manage-action-items";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { reanalyze } from "@/lib/insights/reanalyze";
import { storeInsights } from "@/lib/insights/store-insights";
import type { Insights } from "@/lib/insights/types";
import { getSql } from "@/lib/kernel/db/client";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { analyzeMeetingJob } from "@/lib/orchestration/jobs/analyze-meeting-job";
import { type Caller, makeCaller } from "@/tests/support/api";
import {
  meetingRow,
  readyMeeting,
  recordingMeeting,
  stopServices,
  transcriptMeeting,
} from "@/tests/support/api-fixtures";

const TRANSCRIPT = [
  "Ana: Welcome everyone, the launch budget is approved.",
  "Ana: Ben, can you send the budget report to finance by Friday?",
  "Ben: Sure. I'll book the venue for the offsite next week.",
  "Carla: I'll update the pricing page tomorrow.",
].join("\n");

let caller: Caller;

beforeAll(async () => {
  caller = await makeCaller();
});
afterAll(stopServices);

type ItemRow = { id: string; text: string; owner: string | null; due_date: string | null; done: boolean };

async function itemsOf(meetingId: string): Promise<ItemRow[]> {
  return getSql()<ItemRow[]>`
    select id, text, owner, due_date::text as due_date, done from action_items
    where meeting_id = ${meetingId} order by seq, text`;
}

async function insightsVersion(meetingId: string): Promise<number | null> {
  const [row] = await getSql()<
    { version: number }[]
  >`select version from insights where meeting_id = ${meetingId}`;
  return row?.version ?? null;
}

async function reanalyzed(meetingId: string): Promise<void> {
  await reanalyze(caller.userId, meetingId, {});
  expect(await analyzeMeeting(meetingId)).toBe("ready");
}

/** Stores an analysis as the analyze job would, returning the ids it reports as new. */
async function store(meetingId: string, result: Insights): Promise<string[]> {
  return getSql().begin((sql) => storeInsights(sql, { id: meetingId, ownerId: caller.userId }, result, null));
}

describe("the analyze job only analyzes a meeting that is analyzing", () => {
  it("leaves a meeting whose recording is not transcribed yet alone", async () => {
    const id = await recordingMeeting(caller.key);
    await analyzeMeetingJob(id, false);
    expect((await meetingRow(id))?.status).toBe("uploaded");
    expect(await insightsVersion(id)).toBeNull();
    expect(await analyzeMeeting(id)).toBe("skipped");
  });

  it("does not redo the analysis of a ready meeting when its job is replayed", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const before = await itemsOf(id);
    expect(await analyzeMeeting(id)).toBe("skipped");
    await analyzeMeetingJob(id, true);
    expect(await meetingRow(id)).toMatchObject({ status: "ready" });
    expect(await insightsVersion(id)).toBe(1);
    expect(await itemsOf(id)).toEqual(before);
  });

  it("analyzes once more when a re-analysis is asked for", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    await reanalyzed(id);
    expect(await insightsVersion(id)).toBe(2);
  });
});

describe("deadlines count from the day the meeting took place", () => {
  it("resolves 'next week' and 'tomorrow' against the recording's start, not the upload day", async () => {
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    // What ingest stores from a recording's creation_time: Friday 20 February 2026.
    await getSql()`update meetings set started_at = '2026-02-20T10:00:00Z' where id = ${id}`;
    expect(await analyzeMeeting(id)).toBe("ready");
    const dates = Object.fromEntries((await itemsOf(id)).map((item) => [item.text, item.due_date]));
    expect(dates).toMatchObject({
      "Book the venue for the offsite": "2026-02-23",
      "Update the pricing page": "2026-02-21",
    });
  });
});

describe("action items keep their identity across re-analyses", () => {
  it("keeps the same ids and reports none as new when the analysis finds the same items", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const first = await itemsOf(id);
    expect(first.map((item) => item.text)).toEqual([
      "Send the budget report to finance",
      "Book the venue for the offsite",
      "Update the pricing page",
    ]);
    await reanalyzed(id);
    expect(await itemsOf(id)).toEqual(first);
    const [meeting] = await getSql()<{ owner_id: string }[]>`select owner_id from meetings where id = ${id}`;
    expect(meeting?.owner_id).toBe(caller.userId);
  });

  it("updates an untouched item in place when its wording or date changes, and inserts only new ones", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const before = await itemsOf(id);
    const segments = await getSql()<
      { seq: number; speaker: string; text: string; startMs: number; endMs: number }[]
    >`
      select seq, speaker, text, start_ms as "startMs", end_ms as "endMs" from transcript_segments
      where meeting_id = ${id} order by seq`;
    const base = analyzeLocally({
      segments,
      language: "en",
      meetingDate: new Date("2026-03-04T10:00:00Z"),
      timezone: "UTC",
      participants: ["Ana", "Ben", "Carla"],
      watchlist: [],
      template: "default",
    });
    const [report, venue, pricing] = base.actionItems;
    expect(report && venue && pricing).toBeTruthy();
    const created = await store(id, {
      ...base,
      actionItems: [
        {
          ...(report as Insights["actionItems"][number]),
          text: "Send the budget report for finance",
          dueDate: "2026-03-13",
        },
        venue as Insights["actionItems"][number],
        pricing as Insights["actionItems"][number],
        { text: "Order the catering", owner: "Ben", dueDate: null, seq: 2 },
      ],
    });
    const after = await itemsOf(id);
    const reportAfter = after.find((item) => item.id === before[0]?.id);
    expect(reportAfter).toMatchObject({ text: "Send the budget report for finance", due_date: "2026-03-13" });
    expect(after.map((item) => item.id)).toEqual(expect.arrayContaining(before.map((item) => item.id)));
    expect(created).toHaveLength(1);
    expect(after.find((item) => item.id === created[0])?.text).toBe("Order the catering");
  });

  it("leaves an item the user edited as the user left it, and doesn't add the analysis's version beside it", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const [report] = await itemsOf(id);
    await updateActionItem(caller.userId, report?.id as string, {
      text: "Send the report (finance copy)",
      done: true,
    });
    await reanalyzed(id);
    const items = await itemsOf(id);
    expect(items).toHaveLength(3);
    expect(items.find((item) => item.id === report?.id)).toMatchObject({
      text: "Send the report (finance copy)",
      done: true,
    });
  });

  it("does not bring back an item the user deleted", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const before = await itemsOf(id);
    const venue = before.find((item) => item.text.startsWith("Book the venue"));
    await deleteActionItem(caller.userId, venue?.id as string);
    await reanalyzed(id);
    const after = await itemsOf(id);
    expect(after.map((item) => item.text)).not.toContain(venue?.text);
    expect(after.map((item) => item.id)).toEqual(
      before.filter((item) => item.id !== venue?.id).map((item) => item.id),
    );
  });

  it("removes untouched items a new analysis no longer finds", async () => {
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    expect(await itemsOf(id)).toHaveLength(3);
    const created = await store(id, {
      ...analyzeLocally({
        segments: [],
        language: "en",
        meetingDate: new Date(),
        timezone: "UTC",
        participants: [],
        watchlist: [],
        template: "default",
      }),
      actionItems: [],
    });
    expect(created).toEqual([]);
    expect(await itemsOf(id)).toEqual([]);
  });
});
