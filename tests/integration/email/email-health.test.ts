import "next/dist/server/node-environment-baseline.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { sendRecap } from "@/lib/email/send-recap";
import { healthReport } from "@/lib/orchestration/health";
import { makeCaller } from "@/tests/support/api";
import { stopServices } from "@/tests/support/api-fixtures";
import { answer, type FakeResendServer, startFakeResendServer } from "@/tests/support/fake-resend-server";
import { expectAllHealthChecks } from "@/tests/support/health";
import { readyMeetingWith } from "./email-fixtures";

/** The `email` line of GET /api/health (DESIGN §5: six keys, 503 only when the database is down). */

let fake: FakeResendServer;

beforeAll(async () => {
  fake = await startFakeResendServer();
  process.env.RESEND_BASE_URL = fake.url;
});
afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  await fake.close();
  await stopServices();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function health() {
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

describe("email in the health check", () => {
  it("is unconfigured in production without RESEND_API_KEY, and that alone degrades nothing", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("RESEND_API_KEY", "");
    const { status, body } = await health();
    expect(status).toBe(200);
    expectAllHealthChecks(body.checks);
    expect(body.checks.email).toBe("unconfigured");
    expect(body.checks.db).toBe("ok");
  });

  it("is ok with a key, and down (degraded, still 200) while Resend keeps failing", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test_key");
    expect((await healthReport()).checks.email).toBe("ok");

    const caller = await makeCaller();
    const meetingId = await readyMeetingWith(caller, [{ name: "Ana", email: "ana@example.test" }]);
    const { queued } = await sendRecap(caller.userId, meetingId, ["ana@example.test"]);
    const id = queued[0]?.id;
    if (!id) throw new Error("nothing queued");
    // Five failures in a row open the breaker in front of Resend.
    for (let n = 0; n < 5; n++) {
      fake.enqueue(answer.error(503));
      await expect(sendEmailJob(id, false)).rejects.toThrow();
    }
    const { status, body } = await health();
    expect(body.checks.email).toBe("down");
    expect(body.status).toBe("degraded");
    expect(status).toBe(200);
  });
});
