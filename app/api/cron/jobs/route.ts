import { randomUUID } from "node:crypto";
import { assertCronRequest } from "@/lib/api/cron-request";
import { problemResponse } from "@/lib/api/problem";
import { isAppError } from "@/lib/kernel/errors";
import { drainQueues } from "@/lib/orchestration/jobs/drain-queues";

export const dynamic = "force-dynamic";
// Scheduled every minute (vercel.json). Jobs start during the first 50 s, so one run has mostly
// ended when the next begins; a long job started late still has the rest of the 300 s to finish.
export const maxDuration = 300;
const START_JOBS_FOR_MS = 50_000;

/** GET /api/cron/jobs: works the job queues on deployments without a long-lived worker (Vercel). */
export async function GET(request: Request) {
  const requestId = randomUUID();
  try {
    assertCronRequest(request);
    const report = await drainQueues(START_JOBS_FOR_MS);
    return Response.json(report, { headers: { "cache-control": "no-store", "x-request-id": requestId } });
  } catch (error) {
    const challenge = isAppError(error) && error.code === "unauthorized";
    return problemResponse(error, requestId, challenge ? { "www-authenticate": "Bearer" } : {});
  }
}
