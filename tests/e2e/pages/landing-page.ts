import type { Page } from "@playwright/test";

/** The signed-out front page and the first run after sign-up. */
export class LandingPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  screenshotImage() {
    return this.page.getByTestId("landing-screenshot");
  }

  signUp() {
    return this.page.getByTestId("landing-sign-up");
  }

  firstRun() {
    return this.page.getByTestId("first-run");
  }

  async addSample() {
    await this.page.getByTestId("add-sample").click();
    await this.page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
  }
}
