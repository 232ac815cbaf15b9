import { type APIResponse, expect, type Page, type Response } from "@playwright/test";

/**
 * Everything that goes wrong in the browser while a test browses: Content-Security-Policy
 * violations (the page's own event, and Chromium's console report), console errors, uncaught
 * exceptions.
 */
export async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  // Injected by the browser's debugging protocol, so the page's own policy doesn't apply to it.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error")
      problems.push(`${page.url()}: ${message.text()} (${message.location().url || "no source"})`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

type Headers = Record<string, string>;

function expectCommonHeaders(headers: Headers) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("microphone=(self)");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

function scriptSources(policy: string | undefined): string[] {
  const directive = (policy ?? "").split(";").find((part) => part.trim().startsWith("script-src "));
  return directive?.trim().split(/\s+/).slice(1) ?? [];
}

export function expectPageHeaders(response: Response | APIResponse | null) {
  expect(response).not.toBeNull();
  const headers = (response as Response).headers();
  expectCommonHeaders(headers);
  const scripts = scriptSources(headers["content-security-policy"]);
  expect(scripts).toEqual([
    "'self'",
    expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}=='$/),
    "'strict-dynamic'",
  ]);
}

export function expectNonPageHeaders(response: APIResponse) {
  const headers = response.headers();
  expectCommonHeaders(headers);
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(scriptSources(headers["content-security-policy"])).toEqual([]);
}

/** Opens a page, checks its headers, and waits until its scripts have run (Next.js has booted). */
export async function visit(page: Page, path: string, { status = 200 }: { status?: number } = {}) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  expectPageHeaders(response);
  await expect.poll(() => page.evaluate(() => "next" in window), { message: `${path} boots` }).toBe(true);
  return response;
}

/** A short, valid PCM WAV (a 440 Hz tone) the browser can play. */
export function toneWav(seconds = 1): Buffer {
  const rate = 8000;
  const samples = Buffer.alloc(rate * seconds * 2);
  for (let i = 0; i < rate * seconds; i++)
    samples.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0); // PCM
  fmt.writeUInt16LE(1, 2); // mono
  fmt.writeUInt32LE(rate, 4);
  fmt.writeUInt32LE(rate * 2, 8);
  fmt.writeUInt16LE(2, 12);
  fmt.writeUInt16LE(16, 14);
  const chunk = (id: string, body: Buffer) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, "ascii");
    header.writeUInt32LE(body.length, 4);
    return Buffer.concat([header, body]);
  };
  return chunk("RIFF", Buffer.concat([Buffer.from("WAVE"), chunk("fmt ", fmt), chunk("data", samples)]));
}
