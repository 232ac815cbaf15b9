import { expect, type Page } from "@playwright/test";

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/settings");
  }

  profileLanguage() {
    return this.page.locator("#locale");
  }

  async saveProfile() {
    await this.page.getByTestId("save-profile").click();
    await expect(this.page.getByTestId("form-success").first()).toBeVisible();
  }

  /** Creates an API key with every scope and returns it (it is shown once). */
  async createApiKey(name: string) {
    await this.page.locator("#key-name").fill(name);
    await this.page.getByTestId("create-api-key").getByRole("button").last().click();
    const key = this.page.getByTestId("new-api-key");
    await expect(key).toBeVisible();
    return ((await key.textContent()) ?? "").trim();
  }
}
