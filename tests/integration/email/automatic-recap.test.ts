import "next/dist/server/node-environment-baseline.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as oneClick from "@/app/unsubscribe/one-click/route";
import { queueAutomaticRecap } from "@/lib/email/automatic-recap";
import { getEmailPreferences, setRecapMode, setRecapSubscription } from "@/lib/email/recap-settings";
import { sendRecap } from "@/lib/email/send-recap";
import { unsubscribeState, unsubscribeWithToken, verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import { reanalyze } from "@/lib/insights/reanalyze";
import { getSql } from "@/lib/kernel/db/client";
import { runAnalysis } from "@/lib/orchestration/jobs/analyze-meeting-job";
import { type Caller, fileForm, makeCaller } from "@/tests/support/api";
import { createMeeting, readyMeeting, stopServices, uploadFile } from "@/tests/support/api-fixtures";
import { ENGLISH_TRANSCRIPT, outbox, readyMeetingWith } from "./email-fixtures";

/**
 * The recap sent when a meeting becomes ready (per-user setting; default: the owner only), and
 * unsubscribing from recaps through the emailed links (DESIGN §1 email, §5 email row).
 */

afterAll(stopServices);

beforeAll(() => {
  delete process.env.RESEND_API_KEY;
});

const automaticRows = async (meetingId: string) =>
  (await outbox({ meetingId })).filter((row) => row.idempotency_key.startsWith("recap:auto:"));

/**
 * A meeting whose participants are known before it becomes ready (the automatic recap is sent then,
 * once); `readyMeetingWith` sets them only after, too late for it.
 */
async function readyWithParticipants(owner: Caller, participants: { name: string; email?: string }[]) {
  const meeting = await createMeeting(owner.key, { title: "Launch budget", participants });
  const uploaded = await uploadFile(
    owner.key,
    meeting.id,
    fileForm(ENGLISH_TRANSCRIPT, "notes.txt", "text/plain"),
  );
  expect(uploaded.status, uploaded.text).toBe(201);
  expect(await runAnalysis(meeting.id)).toBe("ready");
  return meeting.id;
}

const PARTICIPANTS = [
  { name: "Ana", email: "ana.auto@example.test" },
  { name: "Ben", email: "ben.auto@example.test" },
  { name: "Carla" },
];

describe("automatic recap when a meeting becomes ready", () => {
  it("goes to the owner only by default, as soon as analysis finishes", async () => {
    const owner = await makeCaller();
    expect((await getEmailPreferences(owner.userId)).recapMode).toBe("owner");
    const meetingId = await readyMeeting(owner.key, ENGLISH_TRANSCRIPT, "Default recap");
    const rows = await automaticRows(meetingId);
    expect(rows.map((row) => row.to)).toEqual([owner.email]);
    expect(rows[0]).toMatchObject({ template: "recap", subject: "Recap: Default recap", status: "queued" });
  });

  it("also goes to the participants with an email when the owner's setting says so", async () => {
    const owner = await makeCaller();
    await setRecapMode(owner.userId, "participants");
    const meetingId = await readyWithParticipants(owner, PARTICIPANTS);
    expect((await automaticRows(meetingId)).map((row) => row.to).sort()).toEqual(
      [owner.email, "ana.auto@example.test", "ben.auto@example.test"].sort(),
    );
  });

  it("is not sent when the owner turned it off", async () => {
    const owner = await makeCaller();
    await setRecapMode(owner.userId, "off");
    const meetingId = await readyMeeting(owner.key, ENGLISH_TRANSCRIPT, "No recap");
    await queueAutomaticRecap(meetingId);
    expect(await automaticRows(meetingId)).toEqual([]);
  });

  it("is queued once per meeting and address, even when the meeting becomes ready again", async () => {
    const owner = await makeCaller();
    const meetingId = await readyMeeting(owner.key, ENGLISH_TRANSCRIPT, "Twice ready");
    await queueAutomaticRecap(meetingId);
    await queueAutomaticRecap(meetingId);
    expect(await automaticRows(meetingId)).toHaveLength(1);
  });

  it("is not sent again by Regenerate, whatever became of the first one", async () => {
    const owner = await makeCaller();
    await setRecapMode(owner.userId, "participants");
    // Ready (and recapped to the owner) first; then a participant with an email appears.
    const meetingId = await readyMeetingWith(owner, [{ name: "Gil", email: "gil.regen@example.test" }]);
    const [first] = await automaticRows(meetingId);
    expect(first?.to).toBe(owner.email);
    // The delivery gave up on it; Regenerate must not make it go out now.
    await getSql()`update emails set status = 'failed', last_error = 'gave up' where id = ${first?.id ?? ""}`;

    await reanalyze(owner.userId, meetingId, {});
    expect(await runAnalysis(meetingId)).toBe("ready");

    const rows = await automaticRows(meetingId);
    expect(rows.map((row) => [row.to, row.status])).toEqual([[owner.email, "failed"]]);
  });
});

describe("unsubscribing from recaps", () => {
  it("works from the link in the recap and stops later recaps, automatic and on demand", async () => {
    const owner = await makeCaller();
    await setRecapMode(owner.userId, "participants");
    const meetingId = await readyWithParticipants(owner, [
      { name: "Dana", email: "dana.unsub@example.test" },
    ]);
    const [recap] = (await automaticRows(meetingId)).filter((row) => row.to === "dana.unsub@example.test");
    const link = /href="(http:\/\/localhost:3000\/unsubscribe\?token=[^"]+)"/.exec(recap?.html ?? "")?.[1];
    expect(link).toBeDefined();
    const token = new URL((link ?? "").replaceAll("&amp;", "&")).searchParams.get("token") ?? "";

    expect(await unsubscribeState(token)).toEqual({ email: "dana.unsub@example.test", unsubscribed: false });
    expect(await unsubscribeWithToken(token)).toBe("dana.unsub@example.test");
    expect(await unsubscribeState(token)).toEqual({ email: "dana.unsub@example.test", unsubscribed: true });

    const second = await readyWithParticipants(owner, [{ name: "Dana", email: "dana.unsub@example.test" }]);
    expect((await automaticRows(second)).map((row) => row.to)).toEqual([owner.email]);
    const onDemand = await sendRecap(owner.userId, second, ["dana.unsub@example.test"]);
    expect(onDemand).toEqual({
      queued: [],
      skipped: [{ to: "dana.unsub@example.test", reason: "unsubscribed" }],
    });
  });

  it("works by RFC 8058 one-click POST to the List-Unsubscribe address", async () => {
    const owner = await makeCaller();
    await setRecapMode(owner.userId, "participants");
    const meetingId = await readyWithParticipants(owner, [
      { name: "Eve", email: "eve.oneclick@example.test" },
    ]);
    const [recap] = (await automaticRows(meetingId)).filter((row) => row.to === "eve.oneclick@example.test");
    const target = new URL(recap?.unsubscribe_url ?? "");
    expect(target.pathname).toBe("/unsubscribe/one-click");

    const response = await oneClick.POST(
      new Request(target, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    const token = target.searchParams.get("token") ?? "";
    expect((await unsubscribeState(token))?.unsubscribed).toBe(true);

    const page = oneClick.GET(new Request(target));
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe(`/unsubscribe?token=${encodeURIComponent(token)}`);
  });

  it("refuses forged or altered tokens", async () => {
    const owner = await makeCaller();
    await setRecapMode(owner.userId, "participants");
    const meetingId = await readyWithParticipants(owner, [{ name: "Fay", email: "fay@example.test" }]);
    const [recap] = (await automaticRows(meetingId)).filter((row) => row.to === "fay@example.test");
    const token = new URL(recap?.unsubscribe_url ?? "").searchParams.get("token") ?? "";
    const [header, payload, signature] = token.split(".");
    const otherPayload = Buffer.from(
      JSON.stringify({ email: "victim@example.test", purpose: "unsubscribe" }),
    ).toString("base64url");
    for (const bad of [
      `${header}.${otherPayload}.${signature}`,
      `${header}.${payload}.AAAA`,
      "not-a-token",
      "",
    ]) {
      expect(await verifyUnsubscribeToken(bad)).toBeNull();
      expect(await unsubscribeWithToken(bad)).toBeNull();
    }
    const response = await oneClick.POST(
      new Request("http://localhost/unsubscribe/one-click?token=forged", { method: "POST" }),
    );
    expect(response.status).toBe(400);
    expect(await unsubscribeState(token)).toEqual({ email: "fay@example.test", unsubscribed: false });
  });

  it("can be undone, and done, from the user's settings", async () => {
    const owner = await makeCaller();
    await setRecapSubscription(owner.userId, false);
    expect((await getEmailPreferences(owner.userId)).unsubscribed).toBe(true);
    const quiet = await readyMeeting(owner.key, ENGLISH_TRANSCRIPT, "While unsubscribed");
    expect(await automaticRows(quiet)).toEqual([]);

    await setRecapSubscription(owner.userId, true);
    expect((await getEmailPreferences(owner.userId)).unsubscribed).toBe(false);
    const loud = await readyMeeting(owner.key, ENGLISH_TRANSCRIPT, "Subscribed again");
    expect((await automaticRows(loud)).map((row) => row.to)).toEqual([owner.email]);
  });
});
