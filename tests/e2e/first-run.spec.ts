import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { LandingPage } from "./pages/landing-page";
import { MeetingsPage } from "./pages/meetings-page";
import { screenshot, uniqueEmail } from "./support";

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("a visitor sees what Minuta does, signs up and starts with a sample meeting", async ({ page }) => {
    const landing = new LandingPage(page);
    await landing.open();
    await expect(page).toHaveURL(/\/$/);
    await expect(page).toHaveTitle(/^Minuta · /);
    await expect(landing.heading()).toHaveText("Every meeting, searchable and quotable");
    // The screenshot is a real image that loaded.
    await expect(landing.screenshotImage()).toBeVisible();
    expect(
      await landing
        .screenshotImage()
        .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
    ).toBeGreaterThan(600);
    await screenshot(page, "landing-en");

    await landing.signUp().click();
    await expect(page).toHaveURL(/\/signup$/);
    await new AuthPage(page).signUp(uniqueEmail("first-run"), "correct horse battery");
    await expect(page).toHaveTitle("Meetings · Minuta");
    await expect(landing.firstRun()).toBeVisible();
    await expect(page.getByTestId("connect-model")).toContainText("OPENAI_API_KEY");
    await screenshot(page, "first-run-en");

    await landing.addSample();
    const meetings = new MeetingsPage(page);
    await expect(page.getByTestId("meeting-title")).toContainText("Acme Logistics");
    await expect(page).toHaveTitle(/Acme Logistics.* · Minuta$/);
    await expect(meetings.segments().first()).toBeVisible();
    // Its notes are written by the same job as an upload's and appear without a reload.
    await expect(page.getByTestId("summary")).toBeVisible({ timeout: 30_000 });

    // With a meeting, the list no longer offers the sample; signed in, "/" goes to the meetings.
    await page.goto("/");
    await expect(page).toHaveURL(/\/meetings$/);
    await expect(page.getByTestId("meeting-row")).toHaveCount(1);
    await expect(landing.firstRun()).toHaveCount(0);
  });

  test("an unknown address gets Minuta's own 404 page; the app has an icon", async ({ page, request }) => {
    await new AuthPage(page).signUp(uniqueEmail("not-found"), "correct horse battery");
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toContainText("Page not found");
    await expect(page).toHaveTitle("Page not found · Minuta");
    await page.getByRole("link", { name: "Go to your meetings" }).click();
    await expect(page).toHaveURL(/\/meetings$/);

    const icon = await request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  });
});

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("the landing page, the first run and the 404 page are in Spanish", async ({ page }) => {
    const landing = new LandingPage(page);
    await landing.open();
    await expect(landing.heading()).toHaveText("Cada reunión, fácil de buscar y de citar");
    await expect(landing.signUp()).toHaveText("Crear una cuenta gratis");
    await screenshot(page, "landing-es");

    await new AuthPage(page).signUp(uniqueEmail("primera-vez"), "correct horse battery");
    await expect(page).toHaveTitle("Reuniones · Minuta");
    await expect(landing.firstRun()).toContainText("reunión de ejemplo");
    await landing.addSample();
    await expect(page.getByTestId("meeting-title")).toContainText("Planificación semanal de producto");

    await page.goto("/no-such-page");
    await expect(page.getByTestId("not-found")).toContainText("Página no encontrada");
  });
});
