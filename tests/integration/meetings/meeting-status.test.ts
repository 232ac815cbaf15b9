import { afterAll, describe, expect, it } from "vitest";
import { getSql } from "@/lib/kernel/db/client";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { changeStatus } from "@/lib/meetings/status";
import { closeRealtime, type MeetingNotification, subscribe } from "@/lib/realtime/listener";
import { makeUser } from "@/tests/support/factories";

/** lib/meetings/status.ts: the one writer of a meeting's status (DESIGN §5's table). */

afterAll(closeRealtime);

const statusOf = async (id: string) =>
  (
    await getSql()<{ status: string; error: unknown }[]>`select status, error from meetings where id = ${id}`
  )[0];

const queuedJobs = async (id: string) =>
  (
    await getSql()<{ name: string }[]>`
      select name from pgboss.job where singleton_key = ${id} and state in ('created', 'retry')`
  ).map((row) => row.name);

async function heard(meetingId: string) {
  const events: MeetingNotification[] = [];
  const stop = await subscribe(meetingId, (event) => events.push(event));
  return { events, stop };
}

describe("changing a meeting's status", () => {
  it("refuses a move the table doesn't allow, changing and announcing nothing", async () => {
    const user = await makeUser();
    const meeting = await createMeeting(user.id, { title: "Not yet", source: "api" });
    const listener = await heard(meeting.id);
    expect(await changeStatus(meeting.id, { to: "ready" })).toBe(false);
    expect(await changeStatus(meeting.id, { to: "failed", error: { code: "noSpeech" } })).toBe(false);
    // Allowed by the table, but not from where the caller says it must come from.
    expect(await changeStatus(meeting.id, { to: "live", from: ["uploaded"] })).toBe(false);
    expect(await statusOf(meeting.id)).toEqual({ status: "created", error: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.events).toEqual([]);
    listener.stop();
  });

  it("writes the status, tells live pages and queues the next job, all on commit", async () => {
    const user = await makeUser();
    const meeting = await createMeeting(user.id, { title: "Moving on", source: "api" });
    const listener = await heard(meeting.id);
    expect(await changeStatus(meeting.id, { to: "analyzing", next: "analyze" })).toBe(true);
    expect((await statusOf(meeting.id))?.status).toBe("analyzing");
    expect(await queuedJobs(meeting.id)).toEqual(["analyze"]);
    await expect
      .poll(() => listener.events, { timeout: 5000 })
      .toEqual([{ meetingId: meeting.id, kind: "status" }]);
    listener.stop();
  });

  it("inside a transaction that rolls back: no status, no job, no notification", async () => {
    const user = await makeUser();
    const meeting = await createMeeting(user.id, { title: "Rolled back", source: "api" });
    const listener = await heard(meeting.id);
    await expect(
      getSql().begin(async (tx) => {
        expect(await changeStatus(meeting.id, { to: "analyzing", next: "analyze" }, tx)).toBe(true);
        throw new Error("undone");
      }),
    ).rejects.toThrow("undone");
    expect((await statusOf(meeting.id))?.status).toBe("created");
    expect(await queuedJobs(meeting.id)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.events).toEqual([]);
    listener.stop();
  });

  it("keeps the reason of a failure and clears it on the next move", async () => {
    const user = await makeUser();
    const meeting = await createMeeting(user.id, { title: "Failing", source: "api" });
    await changeStatus(meeting.id, { to: "uploaded" });
    expect(await changeStatus(meeting.id, { to: "failed", error: { code: "recordingEmpty" } })).toBe(true);
    expect(await statusOf(meeting.id)).toEqual({
      status: "failed",
      error: { code: "recordingEmpty" },
    });
    expect(await changeStatus(meeting.id, { to: "uploaded" })).toBe(true);
    expect(await statusOf(meeting.id)).toEqual({ status: "uploaded", error: null });
  });
});
