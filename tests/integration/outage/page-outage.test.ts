import type { NextFetchEvent } from "next/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import {
  holdingRestart,
  killPostmaster,
  onOutageDatabase,
  restartedAfter,
  serverAnswers,
} from "./outage-database";

/**
 * Pages during an outage, through proxy.ts as Next.js calls it before every page: a branded 503
 * with Retry-After within 5 s instead of a page that fails to render (500), and pages again once
 * the watchdog has the database back.
 */

const MAX_WAIT_MS = 5_000;
const BACK_WITHIN_MS = 10_000;
const event = {} as NextFetchEvent;

onOutageDatabase();

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${path}`, {
    headers: {
      host: "localhost:3000",
      "x-forwarded-host": "localhost:3000",
      "x-forwarded-proto": "http",
      ...headers,
    },
  });
}

async function timed(path: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await proxy(request(path, headers), event);
  return { response, ms: performance.now() - started };
}

/** Asks for `path` until the answer is (or is not) a 503; every answer must come within 5 s. */
async function until(path: string, wanted: (status: number) => boolean, withinMs: number) {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const { response, ms } = await timed(path);
    expect(ms).toBeLessThan(MAX_WAIT_MS);
    if (wanted(response.status)) return { response, at: performance.now() };
    if (performance.now() > deadline) throw new Error(`${path} still answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a page request while the database is away", () => {
  it("answers a translated 503 page with Retry-After within 5 s, and the page again once the database is back", async () => {
    const healthy = await timed("/login");
    expect(healthy.response.status).toBe(200);
    expect(healthy.response.headers.get("x-middleware-next")).toBe("1");

    let killed = 0;
    await holdingRestart(async () => {
      killed = killPostmaster();
      // The gate probes at most once a second: within that the outage is known.
      const { response } = await until("/login?next=%2Fmeetings", (status) => status === 503, 3_000);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      const html = await response.text();
      expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/);
      expect(html).toContain("Minuta is unavailable for a moment");
      expect(html).toContain('<meta http-equiv="refresh"');
      expect(html).toContain('href="/login?next=%2Fmeetings"');
      expect(html).not.toContain("<script");

      // In the reader's language: their chosen one first, then their browser's.
      const spanish = await timed("/meetings", { "accept-language": "es-ES,es;q=0.9" });
      expect(spanish.response.status).toBe(503);
      expect(spanish.ms).toBeLessThan(MAX_WAIT_MS);
      const spanishHtml = await spanish.response.text();
      expect(spanishHtml).toContain('<html lang="es">');
      expect(spanishHtml).toContain("Minuta no está disponible por un momento");
      const chosen = await timed("/", { "accept-language": "es", cookie: "minuta-locale=en" });
      expect(await chosen.response.text()).toContain('<html lang="en">');

      // Concurrent requests share the gate's probe: none waits longer than one.
      const many = await Promise.all(Array.from({ length: 20 }, () => timed("/meetings")));
      for (const { response: each, ms } of many) {
        expect(each.status).toBe(503);
        expect(ms).toBeLessThan(MAX_WAIT_MS);
      }
    });

    const restarted = await restartedAfter(killed);
    await serverAnswers();
    const back = await until("/login", (status) => status !== 503, BACK_WITHIN_MS);
    expect(back.at - restarted).toBeLessThan(BACK_WITHIN_MS);
    expect(back.response.status).toBe(200);
    expect(back.response.headers.get("x-middleware-next")).toBe("1");
  }, 120_000);
});
