import { describe, expect, it } from "vitest";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import { updateActionItem } from "@/lib/action-items/manage-action-items";
import { meetingPageData } from "@/lib/insights/meeting-page-data";
import { reanalyze } from "@/lib/insights/reanalyze";
import { getSql } from "@/lib/kernel/db/client";
import { retryMeeting } from "@/lib/meetings/retry-meeting";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { call, fileForm, makeCaller } from "@/tests/support/api";
import { readyMeeting, transcriptMeeting, uploadFile, wavBytes } from "@/tests/support/api-fixtures";

const TRANSCRIPT = `Ana: Welcome, today we plan the release of the mobile app.
Luis: I'll write the release notes by Friday.
Ana: We decided to ship the beta to the testers on Monday.
Luis: Can you send me the crash reports from last week?
Ana: Sure, I'll send them after lunch.`;

const FAILURE =
  "The notes could not be written after several attempts. The model did not answer in time. Use Retry to run the analysis again.";

const getInsights = (key: string, id: string) =>
  call(insightsRoute.GET, "GET", `/api/v1/meetings/${id}/insights`, { key, params: { id } });

describe("the meeting page while a re-analysis runs or after it failed", () => {
  it("shows nothing and answers 404 before the first analysis has finished", async () => {
    const caller = await makeCaller();
    const id = await transcriptMeeting(caller.key, TRANSCRIPT);
    const page = await meetingPageData(caller.userId, id);
    expect(page.insights).toBeNull();
    expect(page.insightsState).toBe("updating");
    expect((await getInsights(caller.key, id)).status).toBe(404);
  });

  it("keeps the stored notes and the user's edits visible, marked as being updated, then as failed", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const ready = await meetingPageData(caller.userId, id);
    expect(ready.insightsState).toBe("current");
    const item = ready.insights?.actionItems[0];
    expect(item).toBeDefined();
    await updateActionItem(caller.userId, item?.id as string, { text: "Write the release notes (edited)" });

    await reanalyze(caller.userId, id, { template: "standup" });
    const updating = await meetingPageData(caller.userId, id);
    expect(updating.meeting.status).toBe("analyzing");
    expect(updating.insightsState).toBe("updating");
    expect(updating.template).toBe("standup");
    expect(updating.insights?.summary).toBe(ready.insights?.summary);
    expect(updating.insights?.talkTime).toEqual(ready.insights?.talkTime);
    expect(updating.insights?.actionItems.map((action) => action.text)).toContain(
      "Write the release notes (edited)",
    );
    expect(Object.keys(updating.startTimes).length).toBeGreaterThan(0);
    const whileUpdating = await getInsights(caller.key, id);
    expect(whileUpdating.status).toBe(200);
    expect(whileUpdating.body.summary).toBe(ready.insights?.summary);

    await getSql()`update meetings set status = 'failed', error = ${getSql().json({ code: "analysisFailed", cause: { code: "modelTimeout" } })} where id = ${id}`;
    const failed = await meetingPageData(caller.userId, id);
    expect(failed.insightsState).toBe("failed");
    expect(failed.meeting.error).toBe(FAILURE);
    expect(failed.insights?.keywords).toEqual(ready.insights?.keywords);
    expect((await getInsights(caller.key, id)).status).toBe(200);

    // Retry from the failed state with another template runs the analysis again with it.
    await retryMeeting(caller.userId, id, "one_on_one");
    const retried = await meetingPageData(caller.userId, id);
    expect(retried.meeting.status).toBe("analyzing");
    expect(retried.template).toBe("one_on_one");
    expect(await analyzeMeeting(id)).toBe("ready");
    expect((await meetingPageData(caller.userId, id)).insights?.template).toBe("one_on_one");
  });

  it("never shows another user's meeting", async () => {
    const owner = await makeCaller();
    const stranger = await makeCaller();
    const id = await readyMeeting(owner.key, TRANSCRIPT);
    await expect(meetingPageData(stranger.userId, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(retryMeeting(stranger.userId, id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("replacing a failed meeting's file with a recording", () => {
  it("drops the old transcript and its notes, so Retry transcribes the new recording", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    const [kept] = await getSql()<{ id: string }[]>`
      select id from action_items where meeting_id = ${id} order by created_at limit 1`;
    await updateActionItem(caller.userId, kept?.id as string, { done: true });
    await getSql()`update meetings set status = 'failed', error = '{"code":"other","params":{"text":"Test failure."}}' where id = ${id}`;

    const uploaded = await uploadFile(
      caller.key,
      id,
      fileForm(new Uint8Array(wavBytes()), "call.wav", "audio/wav"),
    );
    expect(uploaded.status, uploaded.text).toBe(202);
    const [counts] = await getSql()<{ segments: number; insights: number; items: number; cited: number }[]>`
      select
        (select count(*)::int from transcript_segments where meeting_id = ${id}) as segments,
        (select count(*)::int from insights where meeting_id = ${id}) as insights,
        (select count(*)::int from action_items where meeting_id = ${id}) as items,
        (select count(*)::int from action_items where meeting_id = ${id} and seq is not null) as cited`;
    // Only the item the user completed stays, without the line it cited.
    expect(counts).toEqual({ segments: 0, insights: 0, items: 1, cited: 0 });
    expect((await getInsights(caller.key, id)).status).toBe(404);

    // The transcription fails; Retry must transcribe the recording, not analyse the old text.
    await getSql()`update meetings set status = 'failed', error = '{"code":"transcriptionServiceFailed"}' where id = ${id}`;
    await retryMeeting(caller.userId, id);
    const [row] = await getSql()`select status, error from meetings where id = ${id}`;
    expect(row).toEqual({ status: "uploaded", error: null });
  });

  it("refuses Retry on a meeting that isn't failed, with a reason the page can translate", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT);
    await expect(retryMeeting(caller.userId, id)).rejects.toMatchObject({
      code: "conflict",
      details: { reason: "not_retryable" },
    });
  });
});

describe("the Markdown export", () => {
  const exportMd = (key: string, id: string, headers: Record<string, string>) =>
    call(transcriptRoute.GET, "GET", `/api/v1/meetings/${id}/transcript`, {
      key,
      params: { id },
      query: { format: "md" },
      headers,
    });

  it("writes its headings in the reader's language", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT, "Lanzamiento");
    const spanish = await exportMd(caller.key, id, { "accept-language": "es-ES,es;q=0.9" });
    expect(spanish.status).toBe(200);
    expect(spanish.headers.get("content-language")).toBe("es");
    expect(spanish.text).toContain("- **Fecha:**");
    expect(spanish.text).toContain("## Resumen");
    expect(spanish.text).toContain("## Transcripción");
    expect(spanish.text).not.toContain("## Transcript\n");

    // The language chosen in the app (its cookie) wins over the browser's.
    const chosen = await exportMd(caller.key, id, { "accept-language": "es", cookie: "minuta-locale=en" });
    expect(chosen.text).toContain("## Summary");
    expect(chosen.text).toContain("## Transcript\n");
  });

  it("dates the meeting in its owner's time zone, not UTC", async () => {
    const caller = await makeCaller();
    const id = await readyMeeting(caller.key, TRANSCRIPT, "Late call");
    const sql = getSql();
    await sql`update meetings set started_at = '2026-03-03T02:30:00Z' where id = ${id}`;
    await sql`update users set timezone = 'America/Mexico_City' where id = ${caller.userId}`;
    const exported = await exportMd(caller.key, id, { "accept-language": "en" });
    expect(exported.status).toBe(200);
    expect(exported.text).toContain("- **Date:** 2026-03-02 20:30 America/Mexico_City\n");
  });
});
