import type { NextFetchEvent } from "next/server";
import { NextRequest } from "next/server";
import { CredentialsSignin } from "next-auth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authLogger } from "@/lib/auth/auth-logger";
import proxy from "@/proxy";

/**
 * proxy.ts as Next.js calls it before every page: the auth guard, the page's nonce policy, and
 * refusing server actions posted from other sites.
 */

const event = {} as NextFetchEvent;

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`http://localhost:3000${path}`, {
    method: init.method ?? "GET",
    headers: {
      host: "localhost:3000",
      // What Next.js adds before the proxy runs (next-auth picks cookie names by protocol).
      "x-forwarded-host": "localhost:3000",
      "x-forwarded-proto": "http",
      ...init.headers,
    },
  });
}

/** Everything written to the console and to stdout/stderr while `work` runs, line by line. */
async function captureOutput(work: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const record = (...args: unknown[]) => {
    lines.push(...args.map(String).join(" ").split("\n"));
    return true;
  };
  const spies = [
    vi.spyOn(console, "error").mockImplementation(record),
    vi.spyOn(console, "warn").mockImplementation(record),
    vi.spyOn(console, "log").mockImplementation(record),
    vi.spyOn(process.stdout, "write").mockImplementation(record),
    vi.spyOn(process.stderr, "write").mockImplementation(record),
  ];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.filter((line) => line.trim() !== "");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("server actions from another site", () => {
  const action = { "next-action": "7f3a0c9e", "content-type": "text/plain;charset=UTF-8" };

  it("are refused with 403 problem+json before Next.js answers them with a 500", async () => {
    const response = await proxy(
      request("/settings", { method: "POST", headers: { ...action, origin: "https://evil.example" } }),
      event,
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 403, type: "/docs#errors-cross_site_request" });
  });

  it("from this site go on to Next.js", async () => {
    const response = await proxy(
      request("/login", { method: "POST", headers: { ...action, origin: "http://localhost:3000" } }),
      event,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("the page's Content-Security-Policy", () => {
  it("carries a fresh nonce per response and hands it to the render", async () => {
    const first = await proxy(request("/login"), event);
    const second = await proxy(request("/login"), event);
    const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1];
    const policy = first.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // What Next.js reads while rendering: the request headers the proxy passes on.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(policy));
  });

  it("is on the redirect that sends a signed-out visitor to log in", async () => {
    const response = await proxy(request("/meetings"), event);
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location") as string).pathname).toBe("/login");
    expect(response.headers.get("content-security-policy")).toContain("'strict-dynamic'");
  });
});

describe("a session cookie we can't read", () => {
  it("logs one line, without a stack, and ends signed out with the cookie cleared", async () => {
    vi.stubEnv("NODE_ENV", "production");
    let response: Response | undefined;
    const lines = await captureOutput(async () => {
      response = await proxy(
        request("/meetings", { headers: { cookie: "authjs.session-token=garbage" } }),
        event,
      );
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: "warn",
      message: "unreadable session cookie ignored",
    });
    expect(response?.status).toBe(307);
    expect(response?.headers.getSetCookie().join("\n")).toMatch(/authjs\.session-token=;/);
  });
});

describe("the auth log", () => {
  it("leaves failed logins out even when a production build renames classes, and logs other errors whole", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const failed = new CredentialsSignin();
    Object.defineProperty(failed, "name", { value: "rF" });
    expect(await captureOutput(async () => authLogger.error(failed))).toEqual([]);
    const [line] = await captureOutput(async () => authLogger.error(new Error("provider unreachable")));
    expect(JSON.parse(line as string)).toMatchObject({
      level: "error",
      message: "auth error",
      error: "provider unreachable",
      stack: expect.stringContaining("proxy.test.ts"),
    });
  });
});
