import { expect, type Page } from "@playwright/test";

/** The recap dialog on a meeting page and Settings → Sent emails. */
export class EmailPage {
  constructor(private readonly page: Page) {}

  /** Waits for the meeting to be ready (the button only shows then) and sends its recap to the owner. */
  async sendRecapToMe() {
    await expect(async () => {
      await this.page.reload();
      await expect(this.page.getByTestId("send-recap")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 45_000 });
    await this.page.getByTestId("send-recap").click();
    const dialog = this.page.getByTestId("send-recap-dialog");
    await expect(dialog.getByTestId("recap-me")).toBeChecked();
    await dialog.getByTestId("send-recap-submit").click();
    return dialog.getByTestId("recap-delivery-row");
  }

  /** Gives the meeting's participants these addresses, in their order on the page. */
  async setParticipantEmails(emails: string[]) {
    const panel = this.page.getByTestId("participants");
    for (const [index, email] of emails.entries()) await panel.locator(`#email-${index}`).fill(email);
    await panel.getByRole("button").last().click();
    await expect(panel.locator("#email-0")).toHaveValue(emails[0] ?? "");
  }

  /** Opens the recap dialog once the meeting is ready and returns its recipient boxes by address. */
  async openRecapDialog() {
    await expect(async () => {
      await this.page.reload();
      await expect(this.page.getByTestId("send-recap")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 45_000 });
    await this.page.getByTestId("send-recap").click();
    return (address: string) =>
      this.page
        .getByTestId("send-recap-dialog")
        .locator(`[data-testid="recap-recipient"][value="${address}"]`);
  }

  async openSentEmails() {
    await this.page.goto("/settings");
    await this.page.getByTestId("sent-emails-link").click();
    await this.page.waitForURL("**/settings/emails");
  }

  rows() {
    return this.page.getByTestId("sent-email-row");
  }
}
