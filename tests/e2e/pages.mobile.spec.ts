import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { ChatPage } from "./pages/chat-page";
import { MeetingsPage } from "./pages/meetings-page";
import { expectFitsWidth } from "./pages/page-width";
import { uniqueEmail } from "./support";

// Runs in the "mobile" project: a 390 × 844 phone.

for (const locale of ["en-US", "es-ES"]) {
  const lang = locale.slice(0, 2);

  test.describe(`on a phone (${lang})`, () => {
    test.use({ locale });

    test("every signed-out page fits the screen", async ({ page }) => {
      const pages: [string, string][] = [
        ["landing", "/"],
        ["login", "/login"],
        ["signup", "/signup"],
        ["forgot-password", "/forgot-password"],
        ["magic-link", "/magic-link"],
        ["reset-password", "/reset-password?token=expired"],
        ["docs", "/docs"],
        ["not-found", "/no-such-page"],
      ];
      for (const [name, path] of pages) {
        await page.goto(path);
        await expectFitsWidth(page, `${lang}-${name}`);
      }
    });

    test("every signed-in page fits the screen, a long title and a chat answer included", async ({
      page,
    }) => {
      const meetings = new MeetingsPage(page);
      const chat = new ChatPage(page);
      await new AuthPage(page).signUp(uniqueEmail("mobile"), "correct horse battery");
      await expectFitsWidth(page, `${lang}-meetings-empty`);

      const meetingId = await meetings.upload("standup.vtt");
      await meetings.expectTranscriptLoaded(6);
      await page.getByTestId("meeting-title").getByRole("button").click();
      await page
        .getByTestId("meeting-title-input")
        .fill("Weekly engineering stand-up with the infrastructure and platform teams");
      await page.getByTestId("meeting-title-save").click();
      await expect(page.getByTestId("meeting-title")).toContainText("platform teams");
      await expectFitsWidth(page, `${lang}-meeting`);
      // The title keeps its words on a phone, not one letter and an ellipsis.
      const titleBox = await page.getByTestId("meeting-title").boundingBox();
      expect(titleBox?.width ?? 0).toBeGreaterThan(300);

      await meetings.goto();
      await expectFitsWidth(page, `${lang}-meetings`);
      const rowTitle = await page.getByTestId("meeting-row").first().locator("span").first().boundingBox();
      expect(rowTitle?.width ?? 0).toBeGreaterThan(250);
      await meetings.search("certificate");
      await expect(meetings.hits().first()).toBeVisible();
      await expectFitsWidth(page, `${lang}-search`);

      await chat.goto();
      await expectFitsWidth(page, `${lang}-chat-empty`);
      await chat.ask("Who is blocked on the staging certificate?");
      await chat.waitForAnswer();
      await expectFitsWidth(page, `${lang}-chat-answer`);

      await page.goto("/settings");
      await expectFitsWidth(page, `${lang}-settings`);
      await page.goto("/settings/emails");
      await expectFitsWidth(page, `${lang}-settings-emails`);
      await page.goto(`/meetings/${meetingId}/no-such-page`);
      await expectFitsWidth(page, `${lang}-signed-in-not-found`);
    });
  });
}
