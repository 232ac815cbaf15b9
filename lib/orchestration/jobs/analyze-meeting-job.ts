import { LlmAnalysisError } from "@/lib/insights/llm-analysis-error";
import { logError, logInfo } from "@/lib/kernel/log";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { failMeeting } from "@/lib/orchestration/events/fail-meeting";

function failureReason(error: unknown): string {
  const cause = error instanceof LlmAnalysisError ? ` ${error.message}` : "";
  return `The notes could not be written after several attempts.${cause} Use Retry to run the analysis again.`;
}

/**
 * The analyze job. Errors are retried by the queue; after the last attempt the meeting is `failed`
 * with the reason (its transcript stays), so it never sticks in `analyzing`.
 */
export async function analyzeMeetingJob(meetingId: string, finalAttempt: boolean): Promise<void> {
  try {
    const outcome = await analyzeMeeting(meetingId);
    logInfo("analysis finished", { meetingId, outcome });
  } catch (error) {
    if (!finalAttempt) throw error;
    logError("analysis failed for good", error, { meetingId });
    await failMeeting(meetingId, failureReason(error), ["analyzing"]);
  }
}
