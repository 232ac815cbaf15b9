import "next/dist/server/node-environment-baseline.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as emailRoute from "@/app/api/v1/meetings/[id]/email/route";
import { unsubscribeEmail } from "@/lib/email/unsubscribe";
import { getSql } from "@/lib/kernel/db/client";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import {
  callWithoutKey,
  countRows,
  expectProblem,
  keyWithScopes,
  stopServices,
} from "@/tests/support/api-fixtures";
import {
  emailJobs,
  flat,
  outbox,
  readyMeetingWith,
  SPANISH_TRANSCRIPT,
  unreadyMeeting,
} from "./email-fixtures";

/** `POST /api/v1/meetings/{id}/email` (DESIGN §5): who may receive a recap, and what is queued. */

afterAll(stopServices);

let owner: Caller;
let stranger: Caller;

const sendRecap = (key: string, meetingId: string, json?: unknown, headers?: Record<string, string>) =>
  call(emailRoute.POST, "POST", `/api/v1/meetings/${meetingId}/email`, {
    key,
    params: { id: meetingId },
    json,
    headers,
  });

const onDemandRows = async (meetingId: string) =>
  (await outbox({ meetingId })).filter((row) => !row.idempotency_key.startsWith("recap:auto:"));

beforeAll(async () => {
  delete process.env.RESEND_API_KEY;
  owner = await makeCaller();
  stranger = await makeCaller();
});

describe("POST /api/v1/meetings/{id}/email", () => {
  it("answers 202 and queues one recap per participant with an email when `to` is left out", async () => {
    const meetingId = await readyMeetingWith(owner, [
      { name: "Ana García", email: "ana@example.test" },
      { name: "Ben Stone", email: "ben@example.test" },
      { name: "Carla", email: undefined },
    ]);
    const result = await sendRecap(owner.key, meetingId);
    expect(result.status, result.text).toBe(202);
    const queued = result.body.queued as { id: string; to: string }[];
    expect(queued.map((email) => email.to).sort()).toEqual(["ana@example.test", "ben@example.test"]);
    expect(result.body.skipped).toEqual([]);

    const rows = await onDemandRows(meetingId);
    expect(rows.map((row) => row.id).sort()).toEqual(queued.map((email) => email.id).sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        template: "recap",
        status: "queued",
        owner_id: owner.userId,
        locale: "en",
      });
      expect(row.subject).toBe("Recap: Launch budget");
      expect(flat(row.text)).toContain("Action items");
      expect(row.unsubscribe_url).toMatch(/^http:\/\/localhost:3000\/unsubscribe\/one-click\?token=/);
      const jobs = await emailJobs(row.id);
      expect(jobs.map((job) => job.data.emailId)).toEqual([row.id]);
    }
  });

  it("sends to the owner and named participants, in the meeting's language for people without an account", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Lucía", email: "lucia@example.test" }], {
      transcript: SPANISH_TRANSCRIPT,
      language: "es",
      title: "Presupuesto de primavera",
    });
    const result = await sendRecap(owner.key, meetingId, {
      to: [owner.email.toUpperCase(), "Lucia@Example.test"],
    });
    expect(result.status, result.text).toBe(202);
    expect((result.body.queued as { to: string }[]).map((email) => email.to).sort()).toEqual(
      [owner.email, "lucia@example.test"].sort(),
    );
    const [lucia] = await onDemandRows(meetingId).then((rows) =>
      rows.filter((row) => row.to === "lucia@example.test"),
    );
    expect(lucia?.locale).toBe("es");
    expect(lucia?.subject).toBe("Resumen: Presupuesto de primavera");
    expect(flat(lucia?.text ?? "")).toContain("Tareas");
  });

  it("queues the same recap to the same address once, however often it is asked for", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Ana", email: "ana@example.test" }]);
    const first = await sendRecap(owner.key, meetingId, { to: ["ana@example.test"] });
    const second = await sendRecap(owner.key, meetingId, { to: ["ana@example.test"] });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.queued).toEqual(first.body.queued);
    expect(await onDemandRows(meetingId)).toHaveLength(1);
  });

  it("refuses a recipient who is neither the owner nor a participant with 422 naming the address, queuing nothing", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Ana", email: "ana@example.test" }]);
    const before = await countRows("select 1 from emails");
    const result = await sendRecap(owner.key, meetingId, { to: ["ana@example.test", "mallory@evil.test"] });
    expectProblem(result, 422);
    expect(result.body.detail).toContain("mallory@evil.test");
    expect(result.body.errors).toEqual([
      { path: "to.1", message: expect.stringContaining("mallory@evil.test") },
    ]);
    expect(await countRows("select 1 from emails")).toBe(before);
  });

  it("refuses a participant's name or a malformed address with 422", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Ana", email: "ana@example.test" }]);
    for (const json of [
      { to: ["Ana"] },
      { to: [] },
      { to: "ana@example.test" },
      { cc: ["ana@example.test"] },
    ]) {
      expectProblem(await sendRecap(owner.key, meetingId, json), 422);
    }
    expect(await onDemandRows(meetingId)).toHaveLength(0);
  });

  it("answers 422 when no participant has an email and `to` is left out", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Carla" }]);
    const result = await sendRecap(owner.key, meetingId);
    expectProblem(result, 422);
    expect(await onDemandRows(meetingId)).toHaveLength(0);
  });

  it("answers 409 for a meeting that isn't ready, queuing nothing", async () => {
    const meetingId = await unreadyMeeting(owner, [{ name: "Ana", email: "ana@example.test" }]);
    expectProblem(await sendRecap(owner.key, meetingId), 409);
    expect(await outbox({ meetingId })).toHaveLength(0);
  });

  it("answers 404 for another user's meeting and for a missing one", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Ana", email: "ana@example.test" }]);
    expectProblem(await sendRecap(stranger.key, meetingId, { to: [stranger.email] }), 404);
    expectProblem(await sendRecap(stranger.key, meetingId), 404);
    expectProblem(await sendRecap(owner.key, "00000000-0000-4000-8000-000000000000"), 404);
    expect(await onDemandRows(meetingId)).toHaveLength(0);
  });

  it("answers 403 to a key without the `email` scope and 401 without a key", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Ana", email: "ana@example.test" }]);
    const { key } = await keyWithScopes(owner.userId, ["meetings:read", "meetings:write"]);
    expectProblem(await sendRecap(key, meetingId), 403);
    const anonymous = await callWithoutKey(emailRoute.POST, "POST", `/api/v1/meetings/${meetingId}/email`, {
      params: { id: meetingId },
    });
    expectProblem(anonymous, 401);
    expect(await onDemandRows(meetingId)).toHaveLength(0);
  });

  it("leaves unsubscribed addresses out and says so", async () => {
    const meetingId = await readyMeetingWith(owner, [
      { name: "Ana", email: "ana@example.test" },
      { name: "Quit", email: "quit@example.test" },
    ]);
    await unsubscribeEmail("quit@example.test");
    const result = await sendRecap(owner.key, meetingId);
    expect(result.status, result.text).toBe(202);
    expect((result.body.queued as { to: string }[]).map((email) => email.to)).toEqual(["ana@example.test"]);
    expect(result.body.skipped).toEqual([{ to: "quit@example.test", reason: "unsubscribed" }]);
    expect((await onDemandRows(meetingId)).map((row) => row.to)).toEqual(["ana@example.test"]);
  });

  it("returns the first response for a repeated Idempotency-Key", async () => {
    const meetingId = await readyMeetingWith(owner, [{ name: "Ana", email: "ana@example.test" }]);
    const headers = { "idempotency-key": `recap-${meetingId}` };
    const first = await sendRecap(owner.key, meetingId, undefined, headers);
    await getSql()`update participants set email = 'other@example.test' where meeting_id = ${meetingId}`;
    const replay = await sendRecap(owner.key, meetingId, undefined, headers);
    expect(replay.status).toBe(202);
    expect(replay.body).toEqual(first.body);
    expect(await onDemandRows(meetingId)).toHaveLength(1);
  });
});
