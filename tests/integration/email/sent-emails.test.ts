import "next/dist/server/node-environment-baseline.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { queueEmail } from "@/lib/email/queue-email";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { sendRecap } from "@/lib/email/send-recap";
import { emailStatuses, listSentEmails } from "@/lib/email/sent-emails";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { type Caller, makeCaller } from "@/tests/support/api";
import { stopServices } from "@/tests/support/api-fixtures";
import { answer, type FakeResendServer, startFakeResendServer } from "@/tests/support/fake-resend-server";
import { readyMeetingWith } from "./email-fixtures";

/**
 * Settings → Emails and the recap dialog's live status: each user sees the emails of their account
 * and of their meetings, with delivery status and problems in plain words, and no one else's.
 */

let fake: FakeResendServer;
let owner: Caller;
let other: Caller;

beforeAll(async () => {
  fake = await startFakeResendServer();
  process.env.RESEND_BASE_URL = fake.url;
  owner = await makeCaller();
  other = await makeCaller();
  // Only the emails each test sends, not the automatic recap of every ready meeting.
  await getSql()`update users set recap_mode = 'off' where id in (${owner.userId}, ${other.userId})`;
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await fake.close();
  await stopServices();
});
beforeEach(() => {
  process.env.RESEND_API_KEY = "re_test_key";
  fake.reset();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function signInEmail(caller: Caller, key = `test-link-${Math.random()}`) {
  return queueEmail({
    ownerId: caller.userId,
    to: caller.email,
    template: "magic_link",
    locale: "en",
    rendered: { subject: "Your Minuta sign-in link", html: "<p>secret link</p>", text: "secret link" },
    idempotencyKey: key,
  });
}

async function recapOf(caller: Caller, to: string) {
  const meetingId = await readyMeetingWith(caller, [{ name: "Ana", email: to }]);
  const { queued } = await sendRecap(caller.userId, meetingId, [to]);
  const id = queued[0]?.id;
  if (!id) throw new Error("nothing queued");
  return { meetingId, id };
}

describe("the sent emails list", () => {
  it("shows the user's recaps and sign-in emails, newest first, with the meeting each is about, and no one else's", async () => {
    const recap = await recapOf(owner, "ana@example.test");
    const link = await signInEmail(owner);
    const foreign = await recapOf(other, "ben@example.test");
    await sendEmailJob(recap.id, false);

    const { data } = await listSentEmails(owner.userId);
    const mine = data.filter((email) => [recap.id, link.id].includes(email.id));
    expect(mine.map((email) => email.id)).toEqual([link.id, recap.id]);
    expect(mine[1]).toMatchObject({
      to: "ana@example.test",
      subject: "Recap: Launch budget",
      template: "recap",
      status: "sent",
      provider: "resend",
      attempts: 1,
      problem: null,
      meeting: { id: recap.meetingId, title: "Launch budget" },
    });
    expect(mine[1]?.sentAt).toEqual(expect.any(String));
    expect(mine[0]).toMatchObject({ template: "magic_link", status: "queued", meeting: null });
    // The body (where sign-in links live) never leaves the outbox this way.
    expect(JSON.stringify(data)).not.toContain("secret link");
    expect(data.map((email) => email.id)).not.toContain(foreign.id);

    const theirs = await listSentEmails(other.userId);
    expect(theirs.data.map((email) => email.id)).toContain(foreign.id);
    expect(theirs.data.map((email) => email.id)).not.toContain(recap.id);
    expect(theirs.data.map((email) => email.id)).not.toContain(link.id);
  });

  it("includes an email about one of the user's meetings even when no account owns it", async () => {
    const meetingId = await readyMeetingWith(owner, []);
    const { id } = await queueEmail({
      ownerId: null,
      meetingId,
      to: "guest@example.test",
      template: "recap",
      locale: "es",
      rendered: { subject: "Resumen", html: "<p>x</p>", text: "x" },
      idempotencyKey: `orphan-${meetingId}`,
    });
    expect((await listSentEmails(owner.userId)).data.map((email) => email.id)).toContain(id);
    expect((await listSentEmails(other.userId)).data.map((email) => email.id)).not.toContain(id);
  });

  it("keeps an email after its meeting is deleted, without the link", async () => {
    const recap = await recapOf(owner, "gone@example.test");
    await getSql()`delete from meetings where id = ${recap.meetingId}`;
    const listed = (await listSentEmails(owner.userId)).data.find((email) => email.id === recap.id);
    expect(listed).toMatchObject({ to: "gone@example.test", meeting: null });
  });

  it("pages through every email exactly once, even when many share one instant", async () => {
    const pager = await makeCaller();
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await signInEmail(pager)).id);
    // Five emails created in the same microsecond: only the id tells them apart.
    await getSql()`update emails set created_at = '2026-03-01T10:00:00.123456Z' where id = any(${ids}::uuid[])`;

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listSentEmails(pager.userId, { cursor, limit: 2 });
      seen.push(...page.data.map((email) => email.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].sort().reverse());
  });

  it("refuses a cursor it didn't make, as a validation error", async () => {
    for (const cursor of ["not-a-cursor", Buffer.from('{"c":"yesterday","i":"x"}').toString("base64url")]) {
      const error = await listSentEmails(owner.userId, { cursor }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
    }
  });
});

describe("delivery problems in plain words", () => {
  it("names a message the provider refused and keeps its reason", async () => {
    const recap = await recapOf(owner, "refused@example.test");
    fake.enqueue(answer.error(422, "validation_error", "The `to` field is invalid."));
    await sendEmailJob(recap.id, false);
    const [email] = await emailStatuses(owner.userId, [recap.id]);
    expect(email).toMatchObject({
      status: "failed",
      attempts: 1,
      problem: { problem: "rejected", detail: "The `to` field is invalid." },
    });
  });

  it("says a provider outage is being retried", async () => {
    const recap = await recapOf(owner, "later@example.test");
    fake.enqueue(answer.error(503));
    await expect(sendEmailJob(recap.id, false)).rejects.toThrow();
    const [email] = await emailStatuses(owner.userId, [recap.id]);
    expect(email).toMatchObject({
      status: "queued",
      problem: { problem: "provider_unavailable", detail: null },
    });
  });

  it("says an email was not sent in production without a provider", async () => {
    const recap = await recapOf(owner, "nowhere@example.test");
    delete process.env.RESEND_API_KEY;
    vi.stubEnv("NODE_ENV", "production");
    await sendEmailJob(recap.id, false);
    const [email] = await emailStatuses(owner.userId, [recap.id]);
    expect(email).toMatchObject({ status: "skipped", problem: { problem: "not_configured", detail: null } });
  });
});

describe("following the emails just sent", () => {
  it("answers only for the user's own emails", async () => {
    const mine = await recapOf(owner, "watch@example.test");
    const theirs = await recapOf(other, "watch-other@example.test");
    const seen = await emailStatuses(owner.userId, [mine.id, theirs.id]);
    expect(seen.map((email) => email.id)).toEqual([mine.id]);
    expect(await emailStatuses(other.userId, [mine.id])).toEqual([]);
  });

  it("refuses a malformed or oversized list", async () => {
    await expect(emailStatuses(owner.userId, ["not-a-uuid"])).rejects.toThrow();
    await expect(emailStatuses(owner.userId, [])).rejects.toThrow();
  });
});
