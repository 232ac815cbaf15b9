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

  /** Adds an action item by hand, once the notes are there (the panel comes with them). */
  async addActionItem(text: string) {
    const form = this.page.getByTestId("add-action-item");
    await expect(form).toBeVisible({ timeout: 30_000 });
    const before = await this.actionItems().count();
    await form.locator('input[name="text"]').fill(text);
    await form.getByRole("button").click();
    await expect(this.actionItems()).toHaveCount(before + 1);
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
