import { describe, expect, it } from "vitest";
import { sameDomain } from "@/lib/email/same-domain";

describe("sameDomain", () => {
  it("treats addresses at the owner's domain as colleagues, whatever the case", () => {
    expect(sameDomain("luis@acme.example", "ana@acme.example")).toBe(true);
    expect(sameDomain("Luis@ACME.example", "ana@acme.example")).toBe(true);
  });

  it("treats other domains, subdomains included, and non-addresses as outside", () => {
    expect(sameDomain("tom@northwind.example", "ana@acme.example")).toBe(false);
    expect(sameDomain("tom@eu.acme.example", "ana@acme.example")).toBe(false);
    expect(sameDomain("acme.example", "ana@acme.example")).toBe(false);
    expect(sameDomain("", "")).toBe(false);
  });
});
