import { afterEach, describe, expect, it, vi } from "vitest";
import { CircuitOpenError } from "@/lib/ai/circuit-breaker";
import {
  explainDeliveryProblem,
  lastErrorOf,
  NOT_CONFIGURED,
  NOT_QUEUED,
} from "@/lib/email/delivery-problem";
import { emailDelivery, emailLinksAvailable, readLinksInDevInbox } from "@/lib/email/email-delivery";
import { isPermanentFailure, MailerError } from "@/lib/email/mailer";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("which provider failures are worth retrying", () => {
  it("gives up at once on a refusal of the message, the address or the key", () => {
    for (const [status, code] of [
      [400, "validation_error"],
      [401, "missing_api_key"],
      [403, "invalid_api_key"],
      [404, "not_found"],
      [409, "invalid_idempotent_request"],
      [422, "validation_error"],
    ] as const) {
      expect(isPermanentFailure(new MailerError(status, code, "no")), `${status} ${code}`).toBe(true);
    }
  });

  it("retries timeouts, limits, outages, unanswered requests and a send still in flight", () => {
    for (const [status, code] of [
      [408, "application_error"],
      [429, "rate_limit_exceeded"],
      [429, "daily_quota_exceeded"],
      [409, "concurrent_idempotent_requests"],
      [500, "internal_server_error"],
      [503, "application_error"],
      [null, "application_error"],
    ] as const) {
      expect(isPermanentFailure(new MailerError(status, code, "later")), `${status} ${code}`).toBe(false);
    }
    expect(isPermanentFailure(new CircuitOpenError("email:resend", 30_000))).toBe(false);
    expect(isPermanentFailure(new Error("socket hang up"))).toBe(false);
  });
});

describe("a delivery problem in plain words", () => {
  const explain = (status: Parameters<typeof explainDeliveryProblem>[0], error: unknown) =>
    explainDeliveryProblem(status, lastErrorOf(error));

  it("names a refused message and keeps the provider's reason", () => {
    expect(explain("failed", new MailerError(422, "validation_error", "The `to` field is invalid."))).toEqual(
      {
        problem: "rejected",
        detail: "The `to` field is invalid.",
      },
    );
  });

  it("tells a bad API key, a sending limit and an unreachable provider apart", () => {
    expect(explain("failed", new MailerError(403, "invalid_api_key", "API key is invalid"))?.problem).toBe(
      "credentials",
    );
    expect(explain("queued", new MailerError(429, "rate_limit_exceeded", "Too many requests"))?.problem).toBe(
      "rate_limited",
    );
    expect(explain("queued", new MailerError(503, "application_error", "upstream"))).toEqual({
      problem: "provider_unavailable",
      detail: null,
    });
    expect(explain("queued", new MailerError(null, "application_error", "Unable to fetch"))?.problem).toBe(
      "provider_unavailable",
    );
    expect(explain("queued", new CircuitOpenError("email:resend", 20_000))?.problem).toBe(
      "provider_unavailable",
    );
  });

  it("says an email without a provider was not sent, and what a queue failure was", () => {
    expect(explainDeliveryProblem("skipped", NOT_CONFIGURED)).toEqual({
      problem: "not_configured",
      detail: null,
    });
    expect(explainDeliveryProblem("failed", NOT_QUEUED)?.problem).toBe("not_queued");
    expect(explainDeliveryProblem("failed", "could not be queued")?.problem).toBe("not_queued");
  });

  it("never repeats an internal error's words, and says nothing once sent", () => {
    expect(explain("failed", new Error("connect ECONNREFUSED 10.0.0.7:5432"))).toEqual({
      problem: "unknown",
      detail: null,
    });
    expect(explainDeliveryProblem("sent", null)).toBeNull();
    expect(explainDeliveryProblem("queued", null)).toBeNull();
  });

  it("stores one bounded line", () => {
    const line = lastErrorOf(new MailerError(422, "validation_error", `bad\r\nBcc: x ${"y".repeat(5000)}`));
    expect(line).not.toMatch(/[\r\n]/);
    expect(line.length).toBeLessThanOrEqual(1000);
  });
});

describe("where emails go", () => {
  it("uses Resend whenever a key is set", () => {
    vi.stubEnv("RESEND_API_KEY", "re_x");
    vi.stubEnv("NODE_ENV", "production");
    expect(emailDelivery()).toBe("resend");
    expect(emailLinksAvailable()).toBe(true);
    expect(readLinksInDevInbox()).toBe(false);
  });

  it("keeps them in the outbox outside production, to be read in the dev inbox", () => {
    vi.stubEnv("RESEND_API_KEY", "");
    vi.stubEnv("NODE_ENV", "development");
    expect(emailDelivery()).toBe("outbox");
    expect(emailLinksAvailable()).toBe(true);
    expect(readLinksInDevInbox()).toBe(true);
  });

  it("has nowhere to send them in production without a key, so emailed links are off", () => {
    vi.stubEnv("RESEND_API_KEY", "");
    vi.stubEnv("NODE_ENV", "production");
    expect(emailDelivery()).toBe("none");
    expect(emailLinksAvailable()).toBe(false);
    expect(readLinksInDevInbox()).toBe(false);
  });
});
