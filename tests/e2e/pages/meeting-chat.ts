import { expect, type Page } from "@playwright/test";

/** The chat panel on a meeting's page, scoped to that meeting. */
export class MeetingChat {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByTestId("meeting-chat");
  }

  suggestions() {
    return this.panel().getByTestId("suggested-question");
  }

  async askSuggested(question: string) {
    await this.suggestions().filter({ hasText: question }).click();
  }

  answers() {
    return this.panel().getByTestId("chat-answer");
  }

  /** Waits for the answer to finish streaming (the Ask button comes back). */
  async waitForAnswer() {
    await expect(this.answers().last()).toBeVisible();
    await expect(this.panel().getByTestId("chat-ask")).toBeVisible();
  }

  citationChips() {
    return this.answers().last().getByTestId("citation-chip");
  }

  async openInChatPage() {
    await this.panel().getByTestId("meeting-chat-open").click();
    await this.page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
  }
}
