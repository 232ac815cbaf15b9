import { expect, type Page } from "@playwright/test";

export class ChatPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/chat");
  }

  async ask(question: string) {
    await this.page.getByTestId("chat-input").fill(question);
    await this.page.getByTestId("chat-ask").click();
  }

  answers() {
    return this.page.getByTestId("chat-answer");
  }

  /** Waits for the answer to finish streaming (the Ask button comes back). */
  async waitForAnswer() {
    await expect(this.answers().last()).toBeVisible();
    await expect(this.page.getByTestId("chat-ask")).toBeVisible();
  }

  citationChips() {
    return this.answers().last().getByTestId("citation-chip");
  }

  savedChats() {
    return this.page.getByTestId("saved-chat");
  }
}
