import path from "node:path";
import { expect, type Page } from "@playwright/test";

export class MeetingsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/meetings");
  }

  async upload(fixture: string) {
    await this.page
      .getByTestId("upload-input")
      .setInputFiles(path.join(import.meta.dirname, "..", "fixtures", fixture));
    await this.page.waitForURL(/\/meetings\/[0-9a-f-]{36}/);
    return this.page.url().split("/meetings/")[1]?.split("?")[0] as string;
  }

  async search(phrase: string) {
    await this.page.getByTestId("search-input").fill(phrase);
    await this.page.getByTestId("search-submit").click();
    await this.page.waitForURL(/q=/);
  }

  hits() {
    return this.page.getByTestId("search-hit");
  }

  segments() {
    return this.page.getByTestId("segment");
  }

  async expectTranscriptLoaded(count: number) {
    await expect(this.segments()).toHaveCount(count);
  }
}
