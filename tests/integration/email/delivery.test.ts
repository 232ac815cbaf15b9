import "next/dist/server/node-environment-baseline.js";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { queueEmail } from "@/lib/email/queue-email";
import { renderMagicLink } from "@/lib/email/render-auth-email";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { sendRecap } from "@/lib/email/send-recap";
import { getSql } from "@/lib/kernel/db/client";
import { type Caller, makeCaller } from "@/tests/support/api";
import { stopServices } from "@/tests/support/api-fixtures";
import { answer, type FakeResendServer, startFakeResendServer } from "@/tests/support/fake-resend-server";
import { flat, outboxRow, readyMeetingWith, SPANISH_TRANSCRIPT } from "./email-fixtures";

/**
 * Delivery through the real `resend` SDK against a local server that speaks Resend's API
 * (RESEND_BASE_URL): what recipients get, retries, and no duplicate after a retry (DESIGN §3, §6).
 * The worker's job function runs here directly, one attempt per call, as pg-boss would call it.
 */

let fake: FakeResendServer;
let owner: Caller;
const FINAL = true;
const NOT_FINAL = false;

beforeAll(async () => {
  fake = await startFakeResendServer();
  process.env.RESEND_BASE_URL = fake.url;
  process.env.EMAIL_FROM = "Minuta <recaps@minuta.test>";
  owner = await makeCaller();
});
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.EMAIL_FROM;
  await fake.close();
  await stopServices();
});
beforeEach(() => {
  process.env.RESEND_API_KEY = "re_test_key";
  fake.reset();
});

async function recapTo(to: string, options: Parameters<typeof readyMeetingWith>[2] = {}) {
  const meetingId = await readyMeetingWith(owner, [{ name: "Ana García", email: to }], options);
  fake.reset(); // the automatic recap to the owner is not what these tests look at
  const { queued } = await sendRecap(owner.userId, meetingId, [to]);
  const id = queued[0]?.id;
  if (!id) throw new Error("nothing queued");
  return id;
}

describe("sending through Resend", () => {
  it("delivers the recap to its recipient with the rendered content, unsubscribe headers and an idempotency key", async () => {
    const id = await recapTo("ana@example.test");
    await sendEmailJob(id, NOT_FINAL);

    expect(fake.deliveries).toHaveLength(1);
    const request = fake.requests[0];
    expect(request?.path).toBe("/emails");
    expect(request?.headers.authorization).toBe("Bearer re_test_key");
    expect(request?.headers["idempotency-key"]).toBe(`minuta-email-${id}`);
    expect(request?.json).toMatchObject({
      from: "Minuta <recaps@minuta.test>",
      to: "ana@example.test",
      subject: "Recap: Launch budget",
    });
    expect(request?.json.html).toContain("Action items");
    expect(request?.json.html).toContain("Launch budget");
    expect(request?.json.html).toMatch(/href="http:\/\/localhost:3000\/meetings\/[0-9a-f-]{36}"/);
    expect(request?.json.html).toMatch(/href="http:\/\/localhost:3000\/unsubscribe\?token=/);
    expect(flat(request?.json.text)).toContain("budget report");
    expect(request?.json.headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/localhost:3000\/unsubscribe\/one-click\?token=[^>]+>$/,
    );
    expect(request?.json.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    const row = await outboxRow(id);
    expect(row).toMatchObject({
      status: "sent",
      provider: "resend",
      provider_id: fake.deliveries[0]?.id,
      attempts: 1,
      last_error: null,
    });
  });

  it("renders a Spanish meeting's recap in Spanish", async () => {
    const id = await recapTo("lucia@example.test", {
      transcript: SPANISH_TRANSCRIPT,
      language: "es",
      title: "Presupuesto",
    });
    await sendEmailJob(id, NOT_FINAL);
    const sent = fake.deliveries[0]?.request.json;
    expect(sent.subject).toBe("Resumen: Presupuesto");
    expect(sent.html).toContain('lang="es"');
    expect(sent.html).toContain("Tareas");
    expect(sent.html).toContain("Darme de baja de los resúmenes");
    expect(flat(sent.text)).toContain("informe del presupuesto");
  });

  it("retries after a 500 with the same idempotency key and delivers once", async () => {
    const id = await recapTo("retry@example.test");
    fake.enqueue(answer.error(500));

    await expect(sendEmailJob(id, NOT_FINAL)).rejects.toThrow(/500/);
    expect(await outboxRow(id)).toMatchObject({ status: "queued", attempts: 1 });
    expect((await outboxRow(id)).last_error).toContain("500");

    await sendEmailJob(id, NOT_FINAL);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
    expect(fake.requests).toHaveLength(2);
    expect(new Set(fake.requests.map((request) => request.headers["idempotency-key"]))).toEqual(
      new Set([`minuta-email-${id}`]),
    );
    expect(fake.deliveries).toHaveLength(1);
  });

  it("never sends twice when the provider accepted the email but the answer was lost", async () => {
    const id = await recapTo("timeout@example.test");
    fake.enqueue(answer.acceptThenDrop());

    await expect(sendEmailJob(id, NOT_FINAL)).rejects.toThrow();
    expect((await outboxRow(id)).status).toBe("queued");
    await sendEmailJob(id, NOT_FINAL);

    expect(fake.requests).toHaveLength(2);
    expect(fake.deliveries).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", provider_id: fake.deliveries[0]?.id });
  });

  it("fails a permanent 4xx at once, with the provider's reason, and never asks again", async () => {
    const id = await recapTo("refused@example.test");
    fake.enqueue(answer.error(422, "validation_error", "The `to` field is invalid."));

    // Not the final attempt, yet nothing is thrown: pg-boss completes the job instead of retrying it.
    await sendEmailJob(id, NOT_FINAL);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: 1, provider: "resend" });
    expect(row.last_error).toBe("422 validation_error: The `to` field is invalid.");
    expect(fake.requests).toHaveLength(1);
    expect(fake.deliveries).toHaveLength(0);

    // A failed email is not picked up again by a stray job.
    await sendEmailJob(id, NOT_FINAL);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ["a 401 for a bad key", answer.error(401, "missing_api_key", "Missing API key")],
    ["a 403 for a restricted key", answer.error(403, "restricted_api_key", "This key can only read")],
    [
      "a 409 for a reused idempotency key",
      answer.error(409, "invalid_idempotent_request", "Different payload"),
    ],
  ])("gives up at once on %s", async (_, refusal) => {
    const id = await recapTo(`refused-${Math.random().toString(36).slice(2, 8)}@example.test`);
    fake.enqueue(refusal);
    await sendEmailJob(id, NOT_FINAL);
    expect(await outboxRow(id)).toMatchObject({ status: "failed", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ["a 429 (rate limit)", answer.error(429, "rate_limit_exceeded", "Too many requests")],
    ["a 408 (timeout)", answer.error(408, "application_error", "Request timeout")],
    [
      "a 409 while the same send is in flight",
      answer.error(409, "concurrent_idempotent_requests", "In progress"),
    ],
    ["a 503", answer.error(503)],
  ])("retries after %s and then delivers once", async (_, transient) => {
    const id = await recapTo(`later-${Math.random().toString(36).slice(2, 8)}@example.test`);
    fake.enqueue(transient);
    await expect(sendEmailJob(id, NOT_FINAL)).rejects.toThrow();
    expect(await outboxRow(id)).toMatchObject({ status: "queued", attempts: 1 });
    await sendEmailJob(id, NOT_FINAL);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
    expect(fake.deliveries).toHaveLength(1);
  });

  it("records an outage as failed, with its error, on the final attempt", async () => {
    const id = await recapTo("outage@example.test");
    fake.enqueue(answer.error(500, "internal_server_error", "Resend is having a bad day"));
    await expect(sendEmailJob(id, NOT_FINAL)).rejects.toThrow(/500/);
    expect((await outboxRow(id)).status).toBe("queued");

    fake.enqueue(answer.error(503, "application_error", "Still down"));
    await sendEmailJob(id, FINAL);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(row.last_error).toBe("503 application_error: Still down");
    expect(fake.deliveries).toHaveLength(0);
  });

  it("does nothing for an email that was already sent", async () => {
    const id = await recapTo("once@example.test");
    await sendEmailJob(id, NOT_FINAL);
    await sendEmailJob(id, NOT_FINAL);
    expect(fake.requests).toHaveLength(1);
    expect((await outboxRow(id)).attempts).toBe(1);
  });

  it("blanks a sign-in link in the outbox once the provider has it", async () => {
    const url = "http://localhost:3000/magic-link?email=a%40example.test&token=secret-token";
    const { id } = await queueEmail({
      ownerId: owner.userId,
      to: owner.email,
      template: "magic_link",
      locale: "en",
      rendered: await renderMagicLink({ locale: "en", email: owner.email, url }),
      idempotencyKey: `test-magic-${Date.now()}`,
    });
    await sendEmailJob(id, NOT_FINAL);
    expect(fake.deliveries[0]?.request.json.html).toContain("secret-token");
    expect(fake.deliveries[0]?.request.json.headers).toEqual({});
    const row = await outboxRow(id);
    expect(row.status).toBe("sent");
    expect(row.html).toBe("");
    expect(row.text).toBe("");
  });
});

describe("without RESEND_API_KEY", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("keeps the email in the outbox only outside production, marked sent, and calls no provider", async () => {
    delete process.env.RESEND_API_KEY;
    const id = await recapTo("outbox@example.test");
    await sendEmailJob(id, NOT_FINAL);
    expect(fake.requests).toHaveLength(0);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "sent", provider: "outbox", provider_id: null, attempts: 1 });
    expect(row.html).toContain("Launch budget");
    const [sentAt] = await getSql()<{ sent_at: Date | null }[]>`select sent_at from emails where id = ${id}`;
    expect(sentAt?.sent_at).toBeInstanceOf(Date);
  });

  it("marks the email not sent in production, where nobody could read the outbox, and sends it once a key is set", async () => {
    delete process.env.RESEND_API_KEY;
    vi.stubEnv("NODE_ENV", "production");
    const id = await recapTo("nowhere@example.test");
    await sendEmailJob(id, NOT_FINAL);
    expect(fake.requests).toHaveLength(0);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "skipped", provider: null, provider_id: null });
    expect(row.last_error).toMatch(/^not_configured: /);
    const [sentAt] = await getSql()<{ sent_at: Date | null }[]>`select sent_at from emails where id = ${id}`;
    expect(sentAt?.sent_at).toBeNull();

    // The operator sets a key; asking again for the same recap (same idempotency key) delivers it.
    process.env.RESEND_API_KEY = "re_test_key";
    const again = await queueEmail({
      ownerId: row.owner_id,
      meetingId: row.meeting_id,
      to: row.to,
      template: "recap",
      locale: "en",
      rendered: { subject: row.subject, html: row.html, text: row.text },
      idempotencyKey: row.idempotency_key,
    });
    expect(again.id).toBe(id);
    expect(await outboxRow(id)).toMatchObject({ status: "queued", last_error: null });
    await sendEmailJob(id, NOT_FINAL);
    expect(await outboxRow(id)).toMatchObject({ status: "sent", provider: "resend" });
    expect(fake.deliveries).toHaveLength(1);
  });
});
