import "next/dist/server/node-environment-baseline.js";
import { randomUUID } from "node:crypto";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as openApiRoute from "@/app/api/openapi.json/route";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { requestFingerprint } from "@/lib/api/request-fingerprint";
import { currentUser, requireUser } from "@/lib/auth/session";
import { getSql } from "@/lib/kernel/db/client";
import { deleteUserByEmail } from "@/lib/orchestration/delete-user";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import {
  callWithoutKey,
  countRows,
  createMeeting,
  expectProblem,
  stopServices,
} from "@/tests/support/api-fixtures";
import { makeUser } from "@/tests/support/factories";
import { inRequestScope, sessionHeaders } from "@/tests/support/session";

/** What the one wrapper adds to every /api/v1 route: 405s, CSRF, CORS, sessions of deleted users, idempotency. */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const ORIGIN = "chrome-extension://abcdefghijklmnop";
const savedOrigins = process.env.CORS_ORIGINS;
afterEach(() => {
  if (savedOrigins === undefined) delete process.env.CORS_ORIGINS;
  else process.env.CORS_ORIGINS = savedOrigins;
  delete process.env.APP_URL;
});

describe("a method a route doesn't serve", () => {
  it("answers PUT /api/v1/meetings with a 405 problem and Allow", async () => {
    const result = await call(meetingsRoute.PUT, "PUT", "/api/v1/meetings", {
      key: me.key,
      json: { title: "x" },
    });
    expectProblem(result, 405);
    expect(result.body.type).toBe("/docs#errors-method_not_allowed");
    expect(result.headers.get("allow")).toBe("GET, POST, OPTIONS");
  });

  it("answers GET …/end with 405 and CORS headers for a listed origin", async () => {
    process.env.CORS_ORIGINS = ORIGIN;
    const id = randomUUID();
    const result = await call(endRoute.GET, "GET", `/api/v1/meetings/${id}/end`, {
      params: { id },
      headers: { origin: ORIGIN },
    });
    expectProblem(result, 405);
    expect(result.headers.get("allow")).toBe("POST, OPTIONS");
    expect(result.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(result.headers.get("access-control-expose-headers")).toContain("allow");
  });
});

describe("changes made with the session cookie (CSRF)", () => {
  async function sessionPost(headers: Record<string, string>) {
    const user = await makeUser();
    const title = `Session ${randomUUID()}`;
    const result = await callWithoutKey(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      json: { title },
      headers: { ...(await sessionHeaders(user)), ...headers },
    });
    return { result, created: await countRows("select 1 from meetings where title = $1", title) };
  }

  it("refuses one sent from another site's page, and creates nothing", async () => {
    const { result, created } = await sessionPost({ origin: "https://evil.example" });
    expectProblem(result, 403);
    expect(result.body.type).toBe("/docs#errors-cross_site_request");
    expect(created).toBe(0);
  });

  it("refuses one the browser marks Sec-Fetch-Site: cross-site, even without Origin", async () => {
    const { result, created } = await sessionPost({ "sec-fetch-site": "cross-site" });
    expectProblem(result, 403);
    expect(created).toBe(0);
  });

  it("refuses Origin: null (a sandboxed frame or a file)", async () => {
    const { result } = await sessionPost({ origin: "null" });
    expectProblem(result, 403);
  });

  it("accepts one from the app's own pages: the request's host, or APP_URL behind a proxy", async () => {
    const own = await sessionPost({ origin: "http://localhost", "sec-fetch-site": "same-origin" });
    expect(own.result.status, own.result.text).toBe(201);
    expect(own.created).toBe(1);
    process.env.APP_URL = "https://minuta.example";
    const viaProxy = await sessionPost({ origin: "https://minuta.example" });
    expect(viaProxy.result.status, viaProxy.result.text).toBe(201);
  });

  it("leaves reads and API-key requests alone", async () => {
    const user = await makeUser();
    const read = await callWithoutKey(meetingsRoute.GET, "GET", "/api/v1/meetings", {
      headers: { ...(await sessionHeaders(user)), origin: "https://evil.example" },
    });
    expect(read.status, read.text).toBe(200);
    const withKey = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: me.key,
      json: { title: "From an extension" },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(withKey.status, withKey.text).toBe(201);
  });
});

describe("a session whose user was deleted", () => {
  it("gets 401, not a server error, and nothing is written", async () => {
    const user = await makeUser();
    const headers = await sessionHeaders(user);
    const before = await callWithoutKey(meetingsRoute.GET, "GET", "/api/v1/meetings", { headers });
    expect(before.status, before.text).toBe(200);
    await deleteUserByEmail(user.email);
    const created = await callWithoutKey(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      json: { title: "After deletion" },
      headers: { ...headers, origin: "http://localhost" },
    });
    expectProblem(created, 401);
    expect(await countRows("select 1 from meetings where owner_id = $1", user.id)).toBe(0);
  });

  it("counts as signed out on the app's pages, which send it to the login page", async () => {
    const user = await makeUser();
    const headers = await sessionHeaders(user);
    expect(await inRequestScope("/meetings", headers, currentUser)).toMatchObject({
      id: user.id,
      email: user.email,
    });
    await deleteUserByEmail(user.email);
    expect(await inRequestScope("/meetings", headers, currentUser)).toBeNull();
    const redirected = await inRequestScope("/meetings", headers, requireUser).catch(
      (error: unknown) => error,
    );
    expect(isRedirectError(redirected)).toBe(true);
    expect(String((redirected as { digest: string }).digest)).toContain("/login");
  });
});

describe("CORS", () => {
  it("lets any origin read the OpenAPI document and the health check", async () => {
    const document = openApiRoute.GET();
    expect(document.headers.get("access-control-allow-origin")).toBe("*");
    expect((await document.json()).openapi).toBe("3.1.0");
    const health = await healthRoute.GET();
    expect(health.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await healthRoute.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("exposes the headers browser clients need to read", async () => {
    process.env.CORS_ORIGINS = ORIGIN;
    const result = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", {
      key: me.key,
      headers: { origin: ORIGIN },
    });
    const exposed = (result.headers.get("access-control-expose-headers") ?? "").split(/,\s*/);
    for (const header of [
      "x-request-id",
      "retry-after",
      "idempotent-replayed",
      "content-disposition",
      "x-chat-id",
    ])
      expect(exposed).toContain(header);
  });
});

describe("Idempotency-Key", () => {
  it("keeps a new webhook's secret out of the stored answer, yet replays it", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
    try {
      const key = randomUUID();
      const send = () =>
        call(webhooksRoute.POST, "POST", "/api/v1/webhooks", {
          key: me.key,
          json: { url: "http://127.0.0.1:9/hook", events: ["meeting.ready"] },
          headers: { "idempotency-key": key },
        });
      const first = await send();
      expect(first.status, first.text).toBe(201);
      expect(first.body.secret).toMatch(/^whsec_/);
      const [stored] = await getSql()<{ response: unknown }[]>`
        select response from idempotency_keys where user_id = ${me.userId} and key = ${key}`;
      expect(JSON.stringify(stored?.response)).not.toContain("whsec_");
      expect(JSON.stringify(stored?.response)).not.toContain(first.body.secret.slice(6));
      const replay = await send();
      expect(replay.status).toBe(201);
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      expect(replay.body).toEqual(first.body);
    } finally {
      delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    }
  });

  it("tells a different file sent with the same key from a retry of the same file", async () => {
    const upload = (id: string, key: string, content: string, name: string) =>
      call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
        key: me.key,
        params: { id },
        rawBody: fileForm(content, name),
        headers: { "idempotency-key": key },
      });
    const { id } = await createMeeting(me.key, { title: "Upload with a key" });
    const key = randomUUID();
    const transcript = "Ana: First file, first line.\nBob: Second line.\n";
    const first = await upload(id, key, transcript, "one.txt");
    expect(first.status, first.text).toBe(201);
    // Same length, other bytes: not the same request.
    const other = await upload(id, key, transcript.replace("First", "Fifth"), "one.txt");
    expectProblem(other, 422);
    expect(other.body.type).toBe("/docs#errors-idempotency_mismatch");
    const renamed = await upload(id, key, transcript, "two.txt");
    expectProblem(renamed, 422);
    // The same file again (a new multipart boundary): the first answer.
    const retry = await upload(id, key, transcript, "one.txt");
    expect(retry.status, retry.text).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
  });

  it("still counts a claim as in progress while an upload may still be running (up to an hour)", async () => {
    const key = randomUUID();
    const json = { title: `Slow upload ${key}` };
    const path = "/api/v1/meetings";
    const fingerprint = await requestFingerprint(
      new Request(`http://localhost${path}`, { method: "POST" }),
      path,
      JSON.stringify(json),
    );
    // The same request, claimed 45 minutes ago and not answered yet.
    await getSql()`insert into idempotency_keys (user_id, caller, key, request_hash, created_at)
      values (${me.userId}, ${`key:${me.keyId}`}, ${key}, ${fingerprint}, now() - interval '45 minutes')`;
    const retry = await call(meetingsRoute.POST, "POST", path, {
      key: me.key,
      json,
      headers: { "idempotency-key": key },
    });
    expectProblem(retry, 409);
    expect(retry.headers.get("retry-after")).toBe("1");
    expect(await countRows("select 1 from meetings where title = $1", json.title)).toBe(0);
  });

  it("keeps each browser session's keys apart, and apart from the user's API keys", async () => {
    const caller = await makeCaller();
    const key = randomUUID();
    const json = { title: `Two sessions, one user ${key}` };
    const send = async (headers: Record<string, string>) =>
      callWithoutKey(meetingsRoute.POST, "POST", "/api/v1/meetings", {
        json,
        headers: { ...headers, "idempotency-key": key },
      });
    const laptop = await sessionHeaders({ id: caller.userId, email: caller.email });
    const phone = await sessionHeaders({ id: caller.userId, email: caller.email });
    const first = await send(laptop);
    const second = await send(phone);
    const byKey = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: caller.key,
      json,
      headers: { "idempotency-key": key },
    });
    expect([first.status, second.status, byKey.status]).toEqual([201, 201, 201]);
    expect(new Set([first.body.id, second.body.id, byKey.body.id]).size).toBe(3);
    const replay = await send(laptop);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);
  });
});

describe("a client that hangs up mid-request", () => {
  it("gets no 500 and leaves its Idempotency-Key free for the retry", async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"title":"hal'));
        // What Node reports when the connection closes while the body is still arriving.
        setTimeout(() => {
          controller.abort();
          stream.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
        }, 10);
      },
    });
    const request = new Request("http://localhost/api/v1/meetings", {
      method: "POST",
      headers: {
        authorization: `Bearer ${me.key}`,
        "content-type": "application/json",
        "idempotency-key": "hang-up-1",
      },
      body,
      signal: controller.signal,
      duplex: "half",
    } as RequestInit);
    const response = await meetingsRoute.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(499);

    const retry = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: me.key,
      json: { title: "half" },
      headers: { "idempotency-key": "hang-up-1" },
    });
    expect(retry.status).toBe(201);
  });
});
