import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSql } from "@/lib/kernel/db/client";
import { getBoss, QUEUES } from "@/lib/kernel/jobs/queue";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { requestAnalysis } from "@/lib/meetings/retry-meeting";
import { startWorker } from "@/lib/orchestration/jobs/worker";
import { makeUser } from "@/tests/support/factories";

const BACKLOG = 8;

let stopWorker: (() => Promise<void>) | undefined;

beforeAll(async () => {
  // Jobs other test files left queued in the shared database would be worked first.
  const boss = await getBoss();
  for (const queue of Object.keys(QUEUES)) await boss.deleteQueuedJobs(queue);
});

afterAll(async () => {
  await stopWorker?.();
});

describe("job queue backlog", () => {
  it("drains analyses queued while no worker was free at the speed of the work, not of the poll", async () => {
    const user = await makeUser();
    const ids: string[] = [];
    for (let i = 0; i < BACKLOG; i++) {
      const meeting = await createMeeting(user.id, { title: `Backlog ${i}`, source: "api" });
      await getSql()`
        insert into transcript_segments (meeting_id, seq, speaker, text, start_ms, end_ms)
        values (${meeting.id}, 0, 'Ana', 'We agreed to ship the report on Friday. Luis will send the invoice.', 0, 4000)`;
      await requestAnalysis(meeting.id);
      ids.push(meeting.id);
    }

    const started = Date.now();
    stopWorker = await startWorker();
    // Each analysis takes well under a second here. Workers that waited out pg-boss's 30 s poll
    // after every job took a round of two jobs per 30 s: about 90 s for this backlog.
    await expect
      .poll(
        async () =>
          (await getSql()`select 1 from meetings where id = any(${ids}) and status = 'ready'`).length,
        { timeout: 20_000, interval: 250 },
      )
      .toBe(BACKLOG);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
