import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

test.use({ locale: "en-US" });

test("upload a VTT, read it, find a phrase from history, land on that line; others can't see it", async ({
  page,
  browser,
}) => {
  const auth = new AuthPage(page);
  const meetings = new MeetingsPage(page);
  await auth.signUp(uniqueEmail("owner"), "correct horse battery");
  await screenshot(page, "meetings-upload");

  const meetingId = await meetings.upload("standup.vtt");
  await meetings.expectTranscriptLoaded(6);
  await expect(page.getByTestId("segment-text").nth(3)).toHaveText(/staging certificate/);
  await screenshot(page, "meeting-transcript");

  await meetings.goto();
  await expect(page.getByTestId("meeting-row")).toHaveCount(1);
  await meetings.search("staging certificate");
  await expect(meetings.hits()).toHaveCount(1);
  await expect(page.locator("mark").first()).toHaveText(/staging|certificate/);
  await screenshot(page, "search-results");
  await meetings.hits().first().click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}\\?seq=3`));
  await expect(page.locator('[data-seq="3"][aria-current="true"]')).toBeVisible();

  // Rename a speaker once; every line of theirs changes, and so does the talk-time chart, in place.
  await expect(meetings.talkTimeSpeakers().filter({ hasText: "Speaker 1" })).toHaveCount(1, {
    timeout: 30_000,
  });
  await meetings.renameSpeaker("Speaker 1", "Kim");
  await expect(page.getByTestId("segment-speaker").filter({ hasText: "Kim" })).toHaveCount(3);
  await expect(page.getByTestId("segment-speaker").filter({ hasText: "Speaker 1" })).toHaveCount(0);
  await expect(meetings.talkTimeSpeakers().filter({ hasText: "Kim" })).toHaveCount(1);
  await expect(meetings.talkTimeSpeakers().filter({ hasText: "Speaker 1" })).toHaveCount(0);
  await expect(page.getByTestId("rename-announcement")).toHaveText(/Speaker 1.*Kim/);
  // The transcript was not reloaded: the line the search opened is still the highlighted one.
  await expect(page.locator('[data-seq="3"][aria-current="true"]')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("segment-speaker").filter({ hasText: "Kim" })).toHaveCount(3);
  await expect(meetings.talkTimeSpeakers().filter({ hasText: "Kim" })).toHaveCount(1);

  const otherContext = await browser.newContext({ locale: "en-US" });
  const otherPage = await otherContext.newPage();
  const otherAuth = new AuthPage(otherPage);
  await otherAuth.signUp(uniqueEmail("stranger"), "correct horse battery");
  const response = await otherPage.goto(`/meetings/${meetingId}`);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByTestId("meeting-not-found")).toBeVisible();
  const api = await otherPage.request.get(`/api/v1/meetings/${meetingId}`);
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  const unknown = await otherPage.request.get("/api/v1/no-such-thing");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ status: 404, title: "Not found" });
  const others = new MeetingsPage(otherPage);
  await others.goto();
  await others.search("staging certificate");
  await expect(otherPage.getByTestId("search-empty")).toBeVisible();
  await otherContext.close();
});

test("a broken file gets a clear message and leaves no meeting behind", async ({ page }) => {
  const auth = new AuthPage(page);
  await auth.signUp(uniqueEmail("broken"), "correct horse battery");
  await page.getByTestId("upload-input").setInputFiles({
    name: "notes.vtt",
    mimeType: "text/vtt",
    buffer: Buffer.from("WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nHola\n"),
  });
  await expect(page.getByTestId("upload-error")).toContainText("timestamp");
  await page.reload();
  await expect(page.getByTestId("meetings-empty")).toBeVisible();
});
