import { describe, expect, it } from "vitest";
import { isCrossOriginServerAction } from "@/lib/security/cross-origin-action";

function post(path: string, headers: Record<string, string>) {
  return new Request(`http://app.example${path}`, { method: "POST", headers });
}

const action = { "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", host: "app.example" };

describe("a server action posted from another site", () => {
  it("is recognised by an Origin that isn't the host it was sent to", () => {
    expect(isCrossOriginServerAction(post("/settings", { ...action, origin: "https://evil.example" }))).toBe(
      true,
    );
    expect(isCrossOriginServerAction(post("/settings", { ...action, origin: "null" }))).toBe(true);
  });

  it("is recognised without JavaScript too (a multipart form post)", () => {
    const form = { "content-type": "multipart/form-data; boundary=x", host: "app.example" };
    expect(isCrossOriginServerAction(post("/settings", { ...form, origin: "https://evil.example" }))).toBe(
      true,
    );
  });

  it("compares with the forwarded host when a proxy sent one, as Next.js does", () => {
    const forwarded = { ...action, host: "10.0.0.5:3000", "x-forwarded-host": "app.example" };
    expect(
      isCrossOriginServerAction(post("/settings", { ...forwarded, origin: "https://app.example" })),
    ).toBe(false);
    expect(
      isCrossOriginServerAction(post("/settings", { ...forwarded, origin: "http://10.0.0.5:3000" })),
    ).toBe(true);
  });

  it("leaves same-origin actions, requests without Origin, GETs and one-click unsubscribes alone", () => {
    expect(isCrossOriginServerAction(post("/settings", { ...action, origin: "http://app.example" }))).toBe(
      false,
    );
    expect(isCrossOriginServerAction(post("/settings", action))).toBe(false);
    expect(
      isCrossOriginServerAction(
        new Request("http://app.example/settings", {
          headers: { ...action, origin: "https://evil.example" },
        }),
      ),
    ).toBe(false);
    const oneClick = { "content-type": "multipart/form-data; boundary=x", origin: "https://mail.example" };
    expect(isCrossOriginServerAction(post("/unsubscribe/one-click?token=t", oneClick))).toBe(false);
  });
});
