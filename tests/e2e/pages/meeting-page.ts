import { expect, type Page } from "@playwright/test";

/** A meeting's own page: its header menus, action items and transcript controls. */
export class MeetingPage {
  constructor(private readonly page: Page) {}

  exportButton() {
    return this.page.getByTestId("export-button");
  }

  exportOption(format: string) {
    return this.page.getByTestId(`export-${format}`);
  }

  actionItems() {
    return this.page.getByTestId("action-item");
  }

  /** Waits for the notes job to write the action items (the page shows them as it finishes). */
  async waitForActionItems() {
    await expect(this.actionItems().first()).toBeVisible({ timeout: 30_000 });
  }

  speakers() {
    return this.page.getByTestId("segment-speaker");
  }

  focusedTestId() {
    return this.page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
  }

  focusedLineIndex() {
    return this.page.evaluate(
      () => document.activeElement?.closest("li")?.getAttribute("data-index") ?? null,
    );
  }
}
