import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { EmailPage } from "./pages/email-page";
import { MeetingPage } from "./pages/meeting-page";
import { MeetingsPage } from "./pages/meetings-page";
import { SettingsPage } from "./pages/settings-page";
import { startSecondServer } from "./second-server";
import { uniqueEmail } from "./support";

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("a language chosen in the header is kept when the profile is saved", async ({ page }) => {
    const settings = new SettingsPage(page);
    await new AuthPage(page).signUp(uniqueEmail("language"), "correct horse battery");
    await settings.goto();
    await page.getByTestId("language-switcher").selectOption("es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ajustes");
    await expect(settings.profileLanguage()).toHaveValue("es");
    await settings.saveProfile();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(settings.profileLanguage()).toHaveValue("es");
  });

  test("signing in returns to the page that was asked for, never to another site", async ({ page }) => {
    const auth = new AuthPage(page);
    const email = uniqueEmail("return");
    await auth.signUp(email, "correct horse battery");
    // A request of the signed-in page still in flight would set the (rolling) session cookie again.
    await page.waitForLoadState("networkidle");
    await page.context().clearCookies();

    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByTestId("email").fill(email);
    await page.getByTestId("password").fill("correct horse battery");
    await page.getByTestId("submit").click();
    await page.waitForURL(/\/settings$/);
    await page.waitForLoadState("networkidle");
    await page.context().clearCookies();

    // Another site's address keeps only its path, on this site.
    await page.goto(`/login?callbackUrl=${encodeURIComponent("https://evil.example/chat")}`);
    await page.getByTestId("email").fill(email);
    await page.getByTestId("password").fill("correct horse battery");
    await page.getByTestId("submit").click();
    await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/chat$/);
  });

  test("the login form's tab order is email, password, then Forgot password", async ({ page }) => {
    // A server that can email links, so the login page offers "Forgot password?".
    const port = Number(process.env.E2E_PORT ?? 3100) + 17;
    const server = await startSecondServer(port, {
      env: { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: "http://127.0.0.1:9/" },
    });
    try {
      await page.goto(`${server.url}/login`);
      await page.getByTestId("email").focus();
      await page.keyboard.press("Tab");
      await expect(page.getByTestId("password")).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(page.getByTestId("forgot-password")).toBeFocused();
    } finally {
      await server.stop();
    }
  });

  test("Export closes with Escape; the transcript is one tab stop with arrows between lines", async ({
    page,
  }) => {
    const meetings = new MeetingsPage(page);
    const meeting = new MeetingPage(page);
    await new AuthPage(page).signUp(uniqueEmail("keyboard"), "correct horse battery");
    await meetings.upload("standup.vtt");
    await meetings.expectTranscriptLoaded(6);

    await meeting.exportButton().click();
    await expect(meeting.exportOption("md")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(meeting.exportOption("md")).toBeHidden();
    await expect(meeting.exportButton()).toBeFocused();

    await expect(meeting.speakers()).toHaveCount(6);
    await expect(page.locator('[data-testid="segment-speaker"][tabindex="0"]')).toHaveCount(1);
    await meeting.speakers().first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(meeting.speakers().nth(1)).toBeFocused();
    await page.keyboard.press("End");
    await expect.poll(() => meeting.focusedLineIndex()).toBe("5");
    await page.keyboard.press("Home");
    await expect.poll(() => meeting.focusedLineIndex()).toBe("0");
    // Tab leaves the transcript instead of walking through every line.
    await page.keyboard.press("Tab");
    expect(await meeting.focusedTestId()).not.toBe("segment-speaker");
  });

  test("ticking an action item shows at once; a deleted one can be undone", async ({ page }) => {
    const meetings = new MeetingsPage(page);
    const meeting = new MeetingPage(page);
    await new AuthPage(page).signUp(uniqueEmail("action-items"), "correct horse battery");
    await meetings.upload("standup.vtt");
    await meeting.addActionItem("Renew the staging certificate");
    const count = await meeting.actionItems().count();
    const text = "Renew the staging certificate";
    const first = meeting.actionItems().filter({ hasText: text });

    // A slow server: the page's actions take two seconds to answer.
    await page.route(
      (url) => url.pathname.startsWith("/meetings/"),
      async (route) => {
        if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 2_000));
        await route.continue();
      },
    );
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/meetings/"),
    );
    await first.getByTestId("action-item-done").click();
    await expect(first.getByTestId("action-item-done")).toBeChecked({ timeout: 500 });
    await answered;
    await page.unroute((url) => url.pathname.startsWith("/meetings/"));

    await first.getByTestId("action-item-delete").click();
    await expect(meeting.actionItems()).toHaveCount(count - 1);
    await page.getByTestId("action-item-undo").click();
    await expect(meeting.actionItems()).toHaveCount(count);
    await page.reload();
    await expect(meeting.actionItems()).toHaveCount(count);
    await expect(first.getByTestId("action-item-done")).toBeChecked();

    // Not undone: removed for good once the moment has passed.
    const removed = page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/meetings/"),
      { timeout: 15_000 },
    );
    await first.getByTestId("action-item-delete").click();
    await expect(page.getByTestId("action-item-deleted")).toBeVisible();
    await removed;
    await expect(page.getByTestId("action-item-deleted")).toBeHidden();
    await page.reload();
    await expect(meeting.actionItems()).toHaveCount(count - 1);
    await expect(page.getByTestId("action-items")).not.toContainText(text);
  });
});

test.describe("recap recipients", () => {
  test.use({ locale: "en-US" });

  test("the recap dialog ticks colleagues at the owner's domain, never outsiders", async ({ page }) => {
    const meetings = new MeetingsPage(page);
    const email = new EmailPage(page);
    await new AuthPage(page).signUp(uniqueEmail("recap-ticks"), "correct horse battery");
    await meetings.upload("standup.vtt");
    await meetings.expectTranscriptLoaded(6);
    await email.setParticipantEmails(["raj@example.test", "client@customer.example", "it@example.test"]);
    const recipient = await email.openRecapDialog();
    await expect(recipient("raj@example.test")).toBeChecked();
    await expect(recipient("it@example.test")).toBeChecked();
    await expect(recipient("client@customer.example")).not.toBeChecked();
  });
});

test.describe("in Spanish, in Mexico City", () => {
  test.use({ locale: "es-ES", timezoneId: "America/Mexico_City" });

  test("/settings shows when an API key was used without a hydration error", async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const settings = new SettingsPage(page);
    await new AuthPage(page).signUp(uniqueEmail("api-key-date"), "correct horse battery");
    await settings.goto();
    const key = await settings.createApiKey("Script");
    const used = await page.request.get("/api/v1/meetings", { headers: { authorization: `Bearer ${key}` } });
    expect(used.status()).toBe(200);
    await page.reload();
    // The locale's unambiguous date: "7 dic 2026, 15:04", not "7/12/2026".
    await expect(page.getByTestId("api-key-last-used")).toContainText(/\d{1,2} \p{L}{3,5}\.? \d{4}/u);
    await page.waitForLoadState("networkidle");
    expect(problems.filter((text) => /hydrat|#418|#423|#425/i.test(text))).toEqual([]);
  });

  test("generic speaker names and placeholders are in Spanish", async ({ page }) => {
    const meetings = new MeetingsPage(page);
    await new AuthPage(page).signUp(uniqueEmail("hablante"), "correct horse battery");
    await meetings.upload("standup.vtt");
    await meetings.expectTranscriptLoaded(6);
    await expect(page.getByTestId("segment-speaker").first()).toHaveText("Hablante 1");
    await expect(page.getByTestId("talk-time-speaker").first()).toContainText("Hablante", {
      timeout: 30_000,
    });
    await page.goto("/settings");
    await expect(page.locator("#key-name")).toHaveAttribute("placeholder", "Extensión del navegador");
  });
});
