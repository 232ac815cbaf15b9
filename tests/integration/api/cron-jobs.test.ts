import "next/dist/server/node-environment-baseline.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getSql } from "@/lib/kernel/db/client";
import { getBoss, QUEUES } from "@/lib/kernel/jobs/queue";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { requestAnalysis } from "@/lib/meetings/retry-meeting";
import { makeCaller } from "@/tests/support/api";
import { stopServices } from "@/tests/support/api-fixtures";
import { sessionHeaders } from "@/tests/support/session";

const SECRET = "cron-secret-for-tests-0123456789";

/** The route as a fresh server process with this environment would serve it (env() is read once). */
async function cronRoute(secret: string | undefined) {
  if (secret === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = secret;
  vi.resetModules();
  return import("@/app/api/cron/jobs/route");
}

const get = (route: Awaited<ReturnType<typeof cronRoute>>, headers: Record<string, string> = {}) =>
  route.GET(new Request("http://localhost/api/cron/jobs", { headers }));

async function queuedAnalyses(count: number): Promise<string[]> {
  const caller = await makeCaller();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const meeting = await createMeeting(caller.userId, { title: `Cron ${i}`, source: "api" });
    await getSql()`
      insert into transcript_segments (meeting_id, seq, speaker, text, start_ms, end_ms)
      values (${meeting.id}, 0, 'Ana', 'I will send the budget to Luis on Monday.', 0, 3000)`;
    await requestAnalysis(meeting.id);
    ids.push(meeting.id);
  }
  return ids;
}

const readyCount = async (ids: string[]) =>
  (await getSql()`select 1 from meetings where id = any(${ids}) and status = 'ready'`).length;

beforeAll(async () => {
  // Jobs other test files left queued in the shared database are not this test's to count.
  const boss = await getBoss();
  for (const queue of Object.keys(QUEUES)) await boss.deleteQueuedJobs(queue);
});

afterEach(() => {
  delete process.env.CRON_SECRET;
});

afterAll(stopServices);

describe("GET /api/cron/jobs", () => {
  it("does not exist without CRON_SECRET", async () => {
    const response = await get(await cronRoute(undefined), { authorization: "Bearer anything" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("refuses every caller but the scheduler holding CRON_SECRET, and works nothing for them", async () => {
    const ids = await queuedAnalyses(1);
    const caller = await makeCaller();
    const route = await cronRoute(SECRET);
    const refused = [
      {},
      { authorization: `Bearer ${SECRET.slice(0, -1)}x` },
      { authorization: SECRET },
      { authorization: `Basic ${Buffer.from(`user:${SECRET}`).toString("base64")}` },
      { authorization: `Bearer ${caller.key}` },
      await sessionHeaders({ id: caller.userId, email: caller.email }),
    ];
    for (const headers of refused) {
      const response = await get(route, headers);
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }
    expect(await readyCount(ids)).toBe(0);
  });

  it("drains the queues for the scheduler, within its time budget", async () => {
    const ids = await queuedAnalyses(3);
    const { drainQueues } = await import("@/lib/orchestration/jobs/drain-queues");
    // A spent budget starts no job: what is queued waits for the next call.
    expect(await drainQueues(0)).toMatchObject({ completed: 0, drained: false });
    expect(await readyCount(ids)).toBe(0);

    const response = await get(await cronRoute(SECRET), { authorization: `Bearer ${SECRET}` });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { completed: number; failed: number; drained: boolean };
    expect(report.completed).toBeGreaterThanOrEqual(3);
    expect(report).toMatchObject({ failed: 0, drained: true });
    expect(await readyCount(ids)).toBe(3);
  });
});
