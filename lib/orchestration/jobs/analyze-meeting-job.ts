import { LlmAnalysisError } from "@/lib/insights/llm-analysis-error";
import { logError, logInfo } from "@/lib/kernel/log";
import type { Reason } from "@/lib/kernel/reasons";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { failMeeting } from "@/lib/orchestration/events/fail-meeting";
import { announceMeetingReady } from "@/lib/orchestration/events/meeting-events";

function failureReason(error: unknown): Reason {
  return error instanceof LlmAnalysisError
    ? { code: "analysisFailed", cause: error.reason }
    : { code: "analysisFailed" };
}

/** Analyzes a meeting and, when that made it ready, announces it (the automatic recap). */
export async function runAnalysis(meetingId: string): Promise<"ready" | "gone" | "skipped"> {
  const outcome = await analyzeMeeting(meetingId);
  if (outcome === "ready") await announceMeetingReady(meetingId);
  return outcome;
}

/**
 * The analyze job. Errors are retried by the queue; after the last attempt the meeting is `failed`
 * with the reason (its transcript stays), so it never sticks in `analyzing`.
 */
export async function analyzeMeetingJob(meetingId: string, finalAttempt: boolean): Promise<void> {
  try {
    const outcome = await runAnalysis(meetingId);
    logInfo("analysis finished", { meetingId, outcome });
  } catch (error) {
    if (!finalAttempt) throw error;
    logError("analysis failed for good", error, { meetingId });
    await failMeeting(meetingId, failureReason(error), ["analyzing"]);
  }
}
