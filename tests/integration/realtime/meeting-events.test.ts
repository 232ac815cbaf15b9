import { afterAll, describe, expect, it } from "vitest";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import { closeDb } from "@/lib/kernel/db/client";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { closeRealtime, subscriberCount } from "@/lib/realtime/listener";
import { call, makeCaller } from "@/tests/support/api";
import { readSse } from "@/tests/support/sse";
import { append, liveMeeting, openEvents as open, segment, seqsOf } from "./helpers";

afterAll(async () => {
  await closeRealtime();
  await closeDb();
});

describe("meeting event stream", () => {
  it("replays every segment first, then streams new ones as they are appended", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0, 1, 2]);
    const response = await open(caller, id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const stream = readSse(response);
    await stream.until((events) => seqsOf(events).length === 3 && events.some((e) => e.event === "status"));
    expect(stream.events.find((e) => e.event === "status")).toMatchObject({
      data: { status: "live" },
      id: undefined,
    });

    await append(caller, id, [3, 4]);
    await stream.until((events) => seqsOf(events).length === 5);
    expect(seqsOf(stream.events)).toEqual([0, 1, 2, 3, 4]);
    expect(stream.events.find((e) => e.id === "3")?.data).toEqual(segment(3));
    await stream.close();
  });

  it("resumes after Last-Event-ID without gaps or duplicates", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0, 1, 2, 3]);
    const first = readSse(await open(caller, id));
    await first.until((events) => seqsOf(events).length === 4);
    await first.close();
    await append(caller, id, [4, 5]);
    await append(caller, id, [5, 6]);
    const resumed = readSse(await open(caller, id, 3));
    await resumed.until((events) => seqsOf(events).length === 3);
    expect(seqsOf(resumed.events)).toEqual([4, 5, 6]);
    await resumed.close();
  });

  it("sends status changes and the insights, then closes when the meeting is ready", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0, 1, 2]);
    const stream = readSse(await open(caller, id));
    await stream.until((events) => seqsOf(events).length === 3);
    const ended = await call(endRoute.POST, "POST", `/api/v1/meetings/${id}/end`, {
      key: caller.key,
      params: { id },
    });
    expect(ended.status).toBe(202);
    await stream.until((events) =>
      events.some((e) => e.event === "status" && (e.data as { status: string }).status === "analyzing"),
    );
    await analyzeMeeting(id);
    await stream.until((events) => events.some((e) => e.event === "insights"));
    await stream.finished;
    expect(stream.ended).toBe(true);
    const statuses = stream.events
      .filter((e) => e.event === "status")
      .map((e) => (e.data as { status: string }).status);
    expect(statuses).toEqual(["live", "analyzing", "ready"]);
    expect(stream.events.at(-1)?.event).toBe("insights");
    expect(await subscriberCount(id)).toBe(0);
  });

  it("streams a batch too large for one notification (multi-byte text) without a gap", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0]);
    const stream = readSse(await open(caller, id));
    await stream.until((events) => seqsOf(events).length === 1);
    // ~3,000 characters but ~12,000 bytes: over pg_notify's 8,000-byte limit.
    const wide = Array.from({ length: 10 }, (_, i) => segment(i + 1, "会議の記録🎙️".repeat(40)));
    const appended = await call(segmentsRoute.POST, "POST", `/api/v1/meetings/${id}/segments`, {
      key: caller.key,
      params: { id },
      json: { segments: wide },
    });
    expect(appended.status).toBe(200);
    expect(appended.body).toEqual({ accepted: 10, duplicates: 0 });
    await stream.until((events) => seqsOf(events).length === 11);
    expect(seqsOf(stream.events)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stream.events.find((e) => e.id === "4")?.data).toEqual(wide[3]);
    await stream.close();
  });

  it("answers 404 to another user's meeting", async () => {
    const owner = await makeCaller();
    const stranger = await makeCaller();
    const id = await liveMeeting(owner);
    expect((await open(stranger, id)).status).toBe(404);
  });
});
