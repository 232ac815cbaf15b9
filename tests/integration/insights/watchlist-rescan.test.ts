import { afterAll, describe, expect, it } from "vitest";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import { saveWatchlist } from "@/lib/insights/watchlist";
import { getSql } from "@/lib/kernel/db/client";
import { getBoss } from "@/lib/kernel/jobs/queue";
import { drainQueues } from "@/lib/orchestration/jobs/drain-queues";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { readyMeeting, stopServices } from "@/tests/support/api-fixtures";

/** Saving the watchlist re-scans the user's existing meetings, without re-analyzing them (issue 17 §5). */

afterAll(stopServices);

const TRANSCRIPT = [
  "Ana: Welcome everyone, the launch budget is approved.",
  "Ben: I'll book the venue for the offsite next week.",
  "Carla: The competitor Globex lowered their prices again.",
  "Ana: Then let's review our pricing page before the venue visit.",
].join("\n");

type InsightsBody = {
  summary: string;
  keyPoints: unknown;
  watchlistHits: { term: string; seq: number; context: string }[];
};

async function insightsOf(caller: Caller, meetingId: string): Promise<InsightsBody> {
  const response = await call(insightsRoute.GET, "GET", `/api/v1/meetings/${meetingId}/insights`, {
    key: caller.key,
    params: { id: meetingId },
  });
  expect(response.status, response.text).toBe(200);
  return response.body as InsightsBody;
}

// What the Settings form's action does with the terms it splits.
const saveWatchlistInSettings = (caller: Caller, terms: string) =>
  saveWatchlist(
    caller.userId,
    terms.split(",").map((term) => term.trim()),
  );

const version = async (meetingId: string) =>
  (await getSql()<{ version: number }[]>`select version from insights where meeting_id = ${meetingId}`)[0]
    ?.version;

describe("changing the watchlist", () => {
  it("gives existing meetings the new terms' hits, without a Regenerate or a re-analysis", async () => {
    const caller = await makeCaller();
    const other = await makeCaller();
    const meetingId = await readyMeeting(caller.key, TRANSCRIPT, "Offsite");
    const othersMeeting = await readyMeeting(other.key, TRANSCRIPT, "Someone else's");
    const before = await insightsOf(caller, meetingId);
    expect(before.watchlistHits).toEqual([]);

    expect(await saveWatchlistInSettings(caller, "venue, Globex")).toEqual(["venue", "Globex"]);
    const jobs = await (await getBoss()).findJobs("watchlist", { key: caller.userId });
    expect(jobs.map((job) => job.state)).toEqual(["created"]);
    expect((await drainQueues(60_000)).drained).toBe(true);

    const after = await insightsOf(caller, meetingId);
    expect(after.watchlistHits.map((hit) => [hit.term, hit.seq])).toEqual([
      ["venue", 1],
      ["Globex", 2],
      ["venue", 3],
    ]);
    expect(after.watchlistHits[0]?.context).toBe("I'll book the venue for the offsite next week.");
    // Only the hits changed: the rest of the notes is the same analysis.
    expect({ ...after, watchlistHits: [] }).toEqual({ ...before, watchlistHits: [] });
    expect(await version(meetingId)).toBe(1);
    expect((await insightsOf(other, othersMeeting)).watchlistHits).toEqual([]);

    // A term taken off the list loses its hits too.
    await saveWatchlistInSettings(caller, "Globex");
    await drainQueues(60_000);
    expect((await insightsOf(caller, meetingId)).watchlistHits.map((hit) => hit.term)).toEqual(["Globex"]);
  });
});
