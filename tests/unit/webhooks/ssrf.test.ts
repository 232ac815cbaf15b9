import { afterEach, describe, expect, it, vi } from "vitest";
import { UnsafeTargetError, vetTarget } from "@/lib/webhooks/ssrf";

// The resolver's answers, in the order it gives them (`verbatim`).
const answers = vi.hoisted(() => new Map<string, { address: string; family: number }[]>());
vi.mock("node:dns/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:dns/promises")>();
  const lookup = async (host: string) => {
    const mapped = answers.get(host);
    if (!mapped) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return mapped;
  };
  return { ...actual, lookup, default: { ...actual, lookup } };
});

afterEach(() => {
  answers.clear();
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
});

describe("vetTarget", () => {
  it("returns every checked address, IPv4 ones first", async () => {
    answers.set("dual.example.com", [
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1947", family: 6 },
      { address: "93.184.216.35", family: 4 },
    ]);
    expect(await vetTarget(new URL("https://dual.example.com/hook"))).toEqual([
      { address: "93.184.216.34", family: 4 },
      { address: "93.184.216.35", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
      { address: "2606:2800:220:1:248:1893:25c8:1947", family: 6 },
    ]);
  });

  it("refuses a name when any of its addresses is private", async () => {
    answers.set("mixed.example.com", [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ]);
    const refusal = await vetTarget(new URL("https://mixed.example.com/")).catch((error) => error);
    expect(refusal).toBeInstanceOf(UnsafeTargetError);
    expect(refusal.unresolved).toBe(false);
  });

  it("reports a name that doesn't resolve as unresolved (worth retrying)", async () => {
    const refusal = await vetTarget(new URL("https://nowhere.example.com/")).catch((error) => error);
    expect(refusal).toBeInstanceOf(UnsafeTargetError);
    expect(refusal.unresolved).toBe(true);
  });
});
