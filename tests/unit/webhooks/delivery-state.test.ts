import { describe, expect, it } from "vitest";
import { DELIVERY_LEASE_SECONDS, isResendable } from "@/lib/webhooks/delivery-state";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("resending a delivery", () => {
  it("is allowed once it finished", () => {
    expect(isResendable({ status: "succeeded", leaseUntil: null, nextAttemptAt: null }, now)).toBe(true);
    expect(isResendable({ status: "failed", leaseUntil: null, nextAttemptAt: null }, now)).toBe(true);
  });

  it("is refused while a worker holds it, allowed once that claim lapsed", () => {
    expect(isResendable({ status: "sending", leaseUntil: ago(-30), nextAttemptAt: ago(60) }, now)).toBe(
      false,
    );
    expect(isResendable({ status: "sending", leaseUntil: ago(1), nextAttemptAt: ago(200) }, now)).toBe(true);
  });

  it("is refused while it waits for its next attempt, allowed when overdue by more than a lease", () => {
    expect(isResendable({ status: "pending", leaseUntil: null, nextAttemptAt: ago(-300) }, now)).toBe(false);
    expect(isResendable({ status: "pending", leaseUntil: null, nextAttemptAt: ago(10) }, now)).toBe(false);
    expect(
      isResendable(
        { status: "pending", leaseUntil: null, nextAttemptAt: ago(DELIVERY_LEASE_SECONDS + 1) },
        now,
      ),
    ).toBe(true);
  });
});
