import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/kernel/db/client";
import { closeRealtime, subscriberCount } from "@/lib/realtime/listener";
import { makeCaller } from "@/tests/support/api";
import { expectProblem } from "@/tests/support/api-fixtures";
import { readSse } from "@/tests/support/sse";
import { append, liveMeeting, openEvents, seqsOf } from "./helpers";

afterAll(async () => {
  await closeRealtime();
  await closeDb();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function problemOf(response: Response) {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

describe("Last-Event-ID", () => {
  it.each(["abc", "-1", "1.5", "1e3", "0x10", "2000000001", "99999999999999999999"])(
    "answers %s with 422 naming the header",
    async (lastEventId) => {
      const caller = await makeCaller();
      const id = await liveMeeting(caller);
      const result = await problemOf(await openEvents(caller, id, lastEventId));
      expectProblem(result, 422);
      expect(result.body.errors).toEqual([{ path: "Last-Event-ID", message: expect.any(String) }]);
    },
  );

  it("accepts the largest seq and sends only what comes after it", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0, 1]);
    const stream = readSse(await openEvents(caller, id, 2_000_000_000));
    await stream.until((events) => events.some((e) => e.event === "status"));
    expect(seqsOf(stream.events)).toEqual([]);
    await stream.close();
  });

  it("resumes by seq across a gap: only seq > Last-Event-ID, never a late backfill below it", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0, 5]);
    const stream = readSse(await openEvents(caller, id, 0));
    await stream.until((events) => seqsOf(events).length === 1);
    await append(caller, id, [3, 7]);
    await stream.until((events) => seqsOf(events).length === 3);
    expect(seqsOf(stream.events)).toEqual([5, 3, 7]);
    await stream.close();
    const resumed = readSse(await openEvents(caller, id, 5));
    await resumed.until((events) => seqsOf(events).length === 1);
    expect(seqsOf(resumed.events)).toEqual([7]);
    await resumed.close();
  });
});

describe("a client that leaves", () => {
  it("releases its subscription when it leaves before the stream has subscribed", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    // With no LISTEN connection yet, subscribing waits for one: the client leaves meanwhile.
    await closeRealtime();
    const controller = new AbortController();
    const response = await openEvents(caller, id, undefined, controller.signal);
    controller.abort();
    await response.body?.cancel();
    expect(await subscriberCount(id)).toBeLessThanOrEqual(1);
    await pause(200);
    expect(await subscriberCount(id)).toBe(0);
  });

  it("releases its subscription when the request is aborted mid-stream", async () => {
    const caller = await makeCaller();
    const id = await liveMeeting(caller);
    await append(caller, id, [0]);
    const controller = new AbortController();
    const stream = readSse(await openEvents(caller, id, undefined, controller.signal));
    await stream.until((events) => seqsOf(events).length === 1);
    expect(await subscriberCount(id)).toBe(1);
    controller.abort();
    await pause(50);
    expect(await subscriberCount(id)).toBe(0);
    // Appends after the client left write nowhere and throw nowhere.
    await append(caller, id, [1]);
    await stream.close();
  });
});
