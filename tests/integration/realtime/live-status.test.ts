import { afterAll, describe, expect, it } from "vitest";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import { closeDb } from "@/lib/kernel/db/client";
import { closeRealtime } from "@/lib/realtime/listener";
import { call, makeCaller } from "@/tests/support/api";
import { readSse } from "@/tests/support/sse";
import { append, liveMeeting, openEvents, seqsOf, statusesOf } from "./helpers";

afterAll(async () => {
  await closeRealtime();
  await closeDb();
});

describe("the first segment of a live meeting", () => {
  it("tells an open stream that the meeting went live, before its first lines", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    const stream = readSse(await openEvents(caller, id));
    await stream.until((events) => statusesOf(events).includes("created"));

    await append(caller, id, [0, 1]);
    await stream.until((events) => statusesOf(events).includes("live") && seqsOf(events).length === 2);
    expect(statusesOf(stream.events)).toEqual(["created", "live"]);
    expect(stream.events.map((e) => e.event)).toEqual(["status", "status", "segment", "segment"]);

    // Later appends change nothing about the status.
    await append(caller, id, [2]);
    await stream.until((events) => seqsOf(events).length === 3);
    expect(statusesOf(stream.events)).toEqual(["created", "live"]);
    await stream.close();
  });

  it.each([
    ["no source given", {}, "api"],
    ["source live", { source: "live" }, "live"],
    ["source api", { source: "api" }, "api"],
  ])("keeps the source the meeting was created with (%s)", async (_, extra, source) => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller, extra);
    await append(caller, id, [0]);
    const meeting = await call(meetingRoute.GET, "GET", `/api/v1/meetings/${id}`, {
      key: caller.key,
      params: { id },
    });
    expect(meeting.body).toMatchObject({ status: "live", source, startedAt: expect.any(String) });
  });
});
