import { recordActionItemsCreated } from "@/lib/action-items/action-item-events";
import { aiProvider } from "@/lib/ai/providers";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { analyzeWithLlm } from "@/lib/insights/analyze-with-llm";
import { LlmAnalysisError } from "@/lib/insights/llm-analysis-error";
import { storeInsights } from "@/lib/insights/store-insights";
import type { AnalysisInput, Insights, Segment, TemplateId } from "@/lib/insights/types";
import { getSql } from "@/lib/kernel/db/client";
import { logError } from "@/lib/kernel/log";
import type { Reason } from "@/lib/kernel/reasons";
import { changeStatus } from "@/lib/meetings/status";

const fallbackNote = (cause: Reason): Reason => ({ code: "llmFallback", cause });

type MeetingForAnalysis = {
  id: string;
  owner_id: string;
  status: string;
  language: "auto" | "es" | "en";
  template: string;
  started_at: Date | null;
  created_at: Date;
  timezone: string;
  watchlist: string[];
};

async function loadInput(
  meetingId: string,
): Promise<{ meeting: MeetingForAnalysis; input: AnalysisInput } | null> {
  const sql = getSql();
  const [meeting] = await sql<MeetingForAnalysis[]>`
    select m.id, m.owner_id, m.status, m.language, m.template, m.started_at, m.created_at, u.timezone, u.watchlist
    from meetings m join users u on u.id = m.owner_id where m.id = ${meetingId}`;
  if (!meeting) return null;
  const segments = await sql<Segment[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
    from transcript_segments where meeting_id = ${meetingId} order by seq`;
  const people = await sql<{ name: string }[]>`select name from participants where meeting_id = ${meetingId}`;
  return {
    meeting,
    input: {
      segments,
      language: meeting.language,
      meetingDate: meeting.started_at ?? meeting.created_at,
      timezone: meeting.timezone,
      participants: people.map((person) => person.name),
      watchlist: meeting.watchlist,
      template: meeting.template as TemplateId,
    },
  };
}

async function runEngine(input: AnalysisInput): Promise<{ result: Insights; note: Reason | null }> {
  const provider = aiProvider();
  if (provider.kind === "local") return { result: analyzeLocally(input), note: null };
  try {
    return { result: await analyzeWithLlm(input, provider), note: null };
  } catch (error) {
    // Provider trouble (5xx, 429, timeouts) passes: the queue retries the job. A model that keeps
    // answering outside the schema, or refuses, won't do better next time: local notes, with a note.
    if (error instanceof LlmAnalysisError && error.retryable) throw error;
    logError("LLM analysis failed; using the local engine", error);
    const reason: Reason = error instanceof LlmAnalysisError ? error.reason : { code: "unexpectedError" };
    return { result: analyzeLocally(input), note: fallbackNote(reason) };
  }
}

/**
 * Notes, action items, keywords for one meeting, stored in one transaction that also marks it
 * ready. A meeting deleted meanwhile ends quietly ("gone"), and so does a stale or replayed job:
 * only a meeting in `analyzing` is analyzed ("skipped" otherwise), so nothing marks an uploading
 * meeting ready or redoes a finished analysis. Provider trouble throws LlmAnalysisError. What
 * `ready` means to other areas (the recap email) is lib/orchestration's: see runAnalysis.
 */
export async function analyzeMeeting(meetingId: string): Promise<"ready" | "gone" | "skipped"> {
  const loaded = await loadInput(meetingId);
  if (!loaded) return "gone";
  if (loaded.meeting.status !== "analyzing") return "skipped";
  const { result, note } = await runEngine(loaded.input);
  return getSql().begin(async (sql) => {
    const [locked] = await sql<{ status: string; template: string }[]>`
      select status, template from meetings where id = ${meetingId} for update`;
    if (!locked) return "gone" as const;
    // Moved on while the engine ran; a new template asked for meanwhile is the queued job's to write.
    const movedOn = locked.status !== "analyzing" || locked.template !== loaded.meeting.template;
    if (movedOn) return "skipped" as const;
    const ids = await storeInsights(sql, { id: meetingId, ownerId: loaded.meeting.owner_id }, result, note);
    await changeStatus(meetingId, { to: "ready", from: ["analyzing"] }, sql);
    // After meeting.ready, in the same transaction: the action items this analysis created.
    await recordActionItemsCreated(sql, meetingId, ids, loaded.meeting.owner_id);
    return "ready" as const;
  });
}
