import "next/dist/server/node-environment-baseline.js";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emailPasswordReset } from "@/app/(auth)/actions";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { runAnalysis } from "@/lib/orchestration/jobs/analyze-meeting-job";
import auth from "@/proxy";
import { call, fileForm, makeCaller } from "@/tests/support/api";
import { stopServices, uploadFile } from "@/tests/support/api-fixtures";
import { makeUser } from "@/tests/support/factories";
import { inRequestScope } from "@/tests/support/session";
import { ENGLISH_TRANSCRIPT, outbox } from "./email-fixtures";

/** With APP_URL and AUTH_URL unset, links and redirects point at the host the browser asked for. */

afterAll(stopServices);
beforeAll(() => {
  delete process.env.RESEND_API_KEY;
});
const saved = {
  APP_URL: process.env.APP_URL,
  AUTH_URL: process.env.AUTH_URL,
  TRUST_PROXY: process.env.TRUST_PROXY,
};
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
beforeAll(() => {
  delete process.env.APP_URL;
  delete process.env.AUTH_URL;
  delete process.env.TRUST_PROXY;
});

const ip = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function resetLinkAfterRequest(headers: Record<string, string>): Promise<string> {
  const user = await makeUser();
  const result = await inRequestScope("/forgot-password", { "x-real-ip": ip(), ...headers }, () =>
    emailPasswordReset({ email: user.email }),
  );
  expect(result).toMatchObject({ ok: true });
  const [email] = await outbox({ to: user.email });
  const href = /href="([^"]*\/reset-password\?[^"]+)"/.exec(email?.html ?? "")?.[1];
  if (!href) throw new Error(`no reset link in ${email?.html}`);
  return href.replaceAll("&amp;", "&");
}

describe("the password reset email", () => {
  it("links to the host the request came to", async () => {
    const link = await resetLinkAfterRequest({ host: "minuta.test:8443" });
    expect(link).toMatch(/^http:\/\/minuta\.test:8443\/reset-password\?email=/);
  });

  it("ignores X-Forwarded-Host unless TRUST_PROXY says a proxy sets it", async () => {
    const forwarded = {
      host: "10.0.0.8:3000",
      "x-forwarded-host": "minuta.example",
      "x-forwarded-proto": "https",
    };
    expect(await resetLinkAfterRequest(forwarded)).toMatch(/^http:\/\/10\.0\.0\.8:3000\/reset-password\?/);
    process.env.TRUST_PROXY = "1";
    expect(await resetLinkAfterRequest(forwarded)).toMatch(/^https:\/\/minuta\.example\/reset-password\?/);
  });

  it("uses APP_URL when it is set", async () => {
    process.env.APP_URL = "https://notes.example.org";
    expect(await resetLinkAfterRequest({ host: "minuta.test:8443" })).toMatch(
      /^https:\/\/notes\.example\.org\/reset-password\?/,
    );
  });
});

describe("the sign-in redirect", () => {
  // The proxy as Next.js calls it: a request in, a response out.
  const proxy = auth as unknown as (request: NextRequest, event: unknown) => Promise<Response>;
  // What the standalone server hands the proxy: its own listening address as the URL's origin.
  const pageRequest = (headers: Record<string, string>) =>
    new NextRequest("http://0.0.0.0:3100/meetings?tab=open", { headers });

  it("sends a signed-out visitor to the login page on the host they asked for", async () => {
    const response = await proxy(pageRequest({ host: "minuta.test:3100" }), {});
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.origin).toBe("http://minuta.test:3100");
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe("/meetings?tab=open");
  });

  it("uses AUTH_URL when it is set", async () => {
    process.env.AUTH_URL = "https://auth.example.org";
    const response = await proxy(pageRequest({ host: "minuta.test:3100" }), {});
    expect(new URL(response.headers.get("location") ?? "").origin).toBe("https://auth.example.org");
  });
});

describe("the recap a job sends when a meeting becomes ready", () => {
  it("links to the host of the request that created the meeting", async () => {
    const owner = await makeCaller();
    const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: owner.key,
      json: { title: "Recap from a job" },
      headers: { host: "minuta.test:8080" },
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    const uploaded = await uploadFile(owner.key, id, fileForm(ENGLISH_TRANSCRIPT, "notes.txt", "text/plain"));
    expect(uploaded.status, uploaded.text).toBe(201);
    // The analysis job, run here: no request around it, only what the meeting kept.
    expect(await runAnalysis(id)).toBe("ready");
    const [recap] = (await outbox({ to: owner.email })).filter((row) => row.template === "recap");
    expect(recap?.html).toContain(`http://minuta.test:8080/meetings/${id}`);
    expect(recap?.html).toContain("http://minuta.test:8080/unsubscribe?token=");
    expect(recap?.html).not.toContain("localhost");
  });
});
