import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { ChatPage } from "./pages/chat-page";
import { MediaPlayer } from "./pages/media-player";
import { MeetingsPage } from "./pages/meetings-page";
import { startSecondServer } from "./second-server";
import { expectNonPageHeaders, expectPageHeaders, toneWav, visit, watchForProblems } from "./security-checks";
import { uniqueEmail } from "./support";

test.use({ locale: "en-US" });

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;

test("every page signed out boots under its nonce policy with no violation or console error", async ({
  page,
}) => {
  const problems = await watchForProblems(page);
  for (const path of [
    "/login",
    "/signup",
    "/forgot-password",
    "/reset-password",
    "/magic-link",
    "/unsubscribe",
    "/docs",
  ])
    await visit(page, path);
  // Pages behind sign-in redirect to it, with the headers on the redirect too.
  const redirect = await page.request.get("/settings", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectPageHeaders(redirect);
  // "/" is the landing page for visitors.
  await visit(page, "/");
  await expect(page).toHaveURL(/\/$/);
  await visit(page, "/login");
  // The interactive bits run: switching the language is a server action.
  await page.getByTestId("language-switcher").selectOption("es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(problems).toEqual([]);
});

test("every page signed in boots under its nonce policy with no violation or console error", async ({
  page,
}) => {
  // Three uploads, a chat answer and a dozen pages.
  test.setTimeout(180_000);
  const problems = await watchForProblems(page);
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("csp"), "correct horse battery");

  await visit(page, "/meetings");
  const transcriptId = await meetings.upload("standup.vtt");
  await meetings.expectTranscriptLoaded(6);
  await visit(page, `/meetings/${transcriptId}`);
  await visit(page, `/meetings/${transcriptId}?seq=3`);
  await visit(page, "/meetings?q=certificate");
  await expect(meetings.hits().first()).toBeVisible();

  // A recording: the player streams it from the media route.
  await visit(page, "/meetings");
  await page
    .getByTestId("upload-input")
    .setInputFiles({ name: "tone.wav", mimeType: "audio/wav", buffer: toneWav() });
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
  const recordingId = page.url().split("/meetings/")[1]?.split("?")[0] as string;
  await visit(page, `/meetings/${recordingId}`);
  const player = new MediaPlayer(page);
  await expect
    .poll(() => player.element().evaluate((media: HTMLMediaElement) => media.readyState), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(1);

  // A live meeting: its page listens to server-sent events and shows appended captions.
  const created = await page.request.post("/api/v1/meetings", { data: { title: "Live", language: "en" } });
  expect(created.status()).toBe(201);
  const { id: liveId } = (await created.json()) as { id: string };
  await visit(page, `/meetings/${liveId}`);
  const appended = await page.request.post(`/api/v1/meetings/${liveId}/segments`, {
    data: {
      segments: [{ seq: 0, speaker: "Ana", text: "Caption under a strict policy", startMs: 0, endMs: 900 }],
    },
  });
  expect(appended.status()).toBe(200);
  await expect(page.getByTestId("segment-text")).toContainText("Caption under a strict policy");

  const chat = new ChatPage(page);
  await visit(page, "/chat");
  await chat.ask("Who is blocked on the staging certificate?");
  await chat.waitForAnswer();
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await visit(page, new URL(page.url()).pathname);

  await visit(page, "/settings");
  await visit(page, "/settings/emails");
  await visit(page, "/docs");
  await visit(page, "/");
  await expect(page).toHaveURL(/\/meetings$/);
  // A server action from a signed-in page: the chosen theme is remembered.
  await page.getByTestId("theme-toggle").click();
  await expect(async () => {
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/, { timeout: 1_000 });
  }).toPass();

  // Someone else's (or no) meeting: the not-found page, under the same policy.
  const missing = "/meetings/00000000-0000-4000-8000-000000000000";
  await visit(page, missing, { status: 404 });
  await auth.logOut();
  // Chromium reports the 404 document itself as a failed load: that one is the point.
  const documentNotFound = (problem: string) =>
    problem.includes("status of 404") && problem.endsWith(`${missing})`);
  expect(problems.filter((problem) => !documentNotFound(problem))).toEqual([]);
});

test("API answers, files and static assets carry the headers too", async ({ page }) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  for (const path of ["/api/health", "/api/openapi.json", "/api/v1/meetings"])
    expectNonPageHeaders(await page.request.get(path));

  await auth.signUp(uniqueEmail("csp-files"), "correct horse battery");
  await meetings.goto();
  await page
    .getByTestId("upload-input")
    .setInputFiles({ name: "tone.wav", mimeType: "audio/wav", buffer: toneWav() });
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
  const id = page.url().split("/meetings/")[1]?.split("?")[0] as string;
  const media = await page.request.get(`/api/v1/meetings/${id}/media`, { headers: { range: "bytes=0-99" } });
  expect(media.status()).toBe(206);
  expectNonPageHeaders(media);
  expectNonPageHeaders(await page.request.get("/api/v1/meetings"));

  const chunk = await page.locator("script[src]").first().getAttribute("src");
  expect(chunk).toMatch(/^\/_next\/static\//);
  const asset = await page.request.get(chunk as string);
  expect(asset.status()).toBe(200);
  expectNonPageHeaders(asset);
});

// Shaped like Next.js's action ids (42 hex digits), matching no action of this build.
const ACTION_ID = `7f${"0".repeat(40)}`;

test("a server action posted from another site is refused with 403, not a 500", async ({ page }) => {
  const auth = new AuthPage(page);
  await auth.signUp(uniqueEmail("csrf"), "correct horse battery");
  for (const body of [
    { headers: { "next-action": ACTION_ID, "content-type": "text/plain;charset=UTF-8" }, data: "[]" },
    { multipart: { [`$ACTION_ID_${ACTION_ID}`]: "" } },
  ]) {
    const response = await page.request.post("/settings", {
      ...body,
      headers: { ...body.headers, origin: "https://evil.example" },
    });
    expect(response.status()).toBe(403);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
  }
  // The same action from this site still reaches Next.js (which doesn't know this id: 404).
  const own = await page.request.post("/settings", {
    headers: {
      "next-action": ACTION_ID,
      "content-type": "text/plain;charset=UTF-8",
      origin: new URL(page.url()).origin,
    },
    data: "[]",
  });
  expect(own.status()).not.toBe(403);
  expect(own.status()).toBeLessThan(500);
});

test("HSTS over https behind a trusted proxy; an unreadable session cookie logs one line", async ({
  request,
}) => {
  // The main server trusts no proxy: a client claiming https gets no HSTS.
  const forged = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(forged.headers()["strict-transport-security"]).toBeUndefined();

  const output: string[] = [];
  const server = await startSecondServer(SECOND_PORT, {
    env: { TRUST_PROXY: "1" },
    onOutput: (line) => output.push(line),
  });
  try {
    for (const path of ["/login", "/api/health"]) {
      const overHttps = await request.get(`${server.url}${path}`, {
        headers: { "x-forwarded-proto": "https" },
      });
      expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      const overHttp = await request.get(`${server.url}${path}`, {
        headers: { "x-forwarded-proto": "http" },
      });
      expect(overHttp.headers()["strict-transport-security"]).toBeUndefined();
    }

    // A page (the proxy reads the cookie) and an API route (the route does): one line each, no stack.
    for (const [path, status] of [
      ["/docs", 200],
      ["/api/v1/meetings", 401],
    ] as const) {
      output.length = 0;
      const garbage = await request.get(`${server.url}${path}`, {
        headers: { cookie: "authjs.session-token=not-a-session" },
      });
      expect(garbage.status()).toBe(status);
      await expect.poll(() => output.filter((line) => line.includes("session cookie")).length).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const about = output.filter((line) => /session|auth|jwt/i.test(line) || line.includes("stack"));
      expect(about).toHaveLength(1);
      expect(JSON.parse(about[0] as string)).toMatchObject({
        level: "warn",
        message: "unreadable session cookie ignored",
      });
    }
  } finally {
    await server.stop();
  }
});
