import { describe, expect, it } from "vitest";
import { preselectedRecipients } from "@/lib/email/recap-preselection";

describe("which participants the recap dialog ticks for the user", () => {
  it("ticks colleagues on the owner's domain and leaves external addresses unticked", () => {
    const ticked = preselectedRecipients("owner@acme.example", [
      "ana@acme.example",
      "Ben@ACME.example",
      "client@customer.example",
      "spoof@acme.example.evil.test",
      "someone@sub.acme.example",
    ]);
    expect([...ticked]).toEqual(["ana@acme.example", "Ben@ACME.example"]);
  });

  it("ticks nobody when the owner's address is on a public mail provider", () => {
    expect(preselectedRecipients("owner@gmail.com", ["friend@gmail.com", "x@acme.example"]).size).toBe(0);
  });

  it("ticks nobody when no participant shares the owner's domain", () => {
    expect(preselectedRecipients("owner@acme.example", ["a@other.example", "not-an-email"]).size).toBe(0);
  });
});
