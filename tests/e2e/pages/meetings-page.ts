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

  /** The notes template and spoken language the next upload is created with. */
  async chooseUploadOptions(options: { template?: string; language?: string }) {
    if (options.template) await this.page.getByTestId("upload-template").selectOption(options.template);
    if (options.language) await this.page.getByTestId("upload-language").selectOption(options.language);
  }

  /** Sends a file made in the test, without waiting for the upload to succeed. */
  async sendFile(name: string, content: string, mimeType = "text/plain") {
    await this.page
      .getByTestId("upload-input")
      .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  uploadError() {
    return this.page.getByTestId("upload-error");
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

  /** Opens the rename dialog from the first line spoken by `speaker` and saves `name`. */
  async renameSpeaker(speaker: string, name: string) {
    await this.page.getByTestId("segment-speaker").filter({ hasText: speaker }).first().click();
    await this.page.getByTestId("speaker-name").fill(name);
    await this.page.getByTestId("rename-submit").click();
    await expect(this.page.getByTestId("rename-dialog")).toHaveCount(0);
  }

  talkTimeSpeakers() {
    return this.page.getByTestId("talk-time-speaker");
  }

  /** A transcript line by its number. */
  segment(seq: number | string) {
    return this.page.locator(`[data-testid="segment"][data-seq="${seq}"]`);
  }

  /** The line a citation, hit or time opened: highlighted, and on screen. */
  async expectOpenedAt(seq: number | string) {
    await expect(this.segment(seq)).toHaveAttribute("aria-current", "true");
    await expect(this.segment(seq)).toBeInViewport({ ratio: 0.9 });
  }
}
