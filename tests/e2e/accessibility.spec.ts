import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { expectAccessible } from "./pages/axe";
import { ChatPage } from "./pages/chat-page";
import { LandingPage } from "./pages/landing-page";
import { MeetingsPage } from "./pages/meetings-page";
import { SettingsPage } from "./pages/settings-page";
import { uniqueEmail } from "./support";

for (const { locale, colorScheme } of [
  { locale: "en-US", colorScheme: "light" as const },
  { locale: "es-ES", colorScheme: "dark" as const },
]) {
  test.describe(`axe, ${locale}, ${colorScheme}`, () => {
    test.use({ locale, colorScheme });

    test("every page has no serious accessibility violation", async ({ page }) => {
      test.setTimeout(240_000);
      for (const path of ["/", "/login", "/signup", "/forgot-password", "/magic-link", "/docs"]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }

      await new AuthPage(page).signUp(uniqueEmail("axe"), "correct horse battery");
      await expectAccessible(page, "/meetings (first run)");
      await new LandingPage(page).addSample();
      await expect(page.getByTestId("summary")).toBeVisible({ timeout: 30_000 });
      await expectAccessible(page, "meeting");

      const meetings = new MeetingsPage(page);
      await meetings.goto();
      await expectAccessible(page, "/meetings");
      await meetings.search(locale === "en-US" ? "dispatchers" : "prioridades");
      await expectAccessible(page, "search");

      const chat = new ChatPage(page);
      await chat.goto();
      await chat.ask(locale === "en-US" ? "What is the budget?" : "¿Cuál es la prioridad?");
      await chat.waitForAnswer();
      await expectAccessible(page, "/chat");

      const settings = new SettingsPage(page);
      await settings.goto();
      await settings.createApiKey("Script");
      await expectAccessible(page, "/settings");
      await page.goto("/settings/emails");
      await expectAccessible(page, "/settings/emails");
      await page.goto("/no-such-page");
      await expectAccessible(page, "404");
    });
  });
}
