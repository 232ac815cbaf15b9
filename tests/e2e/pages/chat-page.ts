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

  suggestions() {
    return this.page.getByTestId("suggested-question");
  }

  async newChat() {
    await this.page.getByTestId("new-chat").click();
    await this.page.waitForURL(/\/chat$/);
  }

  private savedChatRow(title: string) {
    return this.page
      .getByTestId("saved-chats")
      .getByRole("listitem")
      .filter({ has: this.page.getByTestId("saved-chat").filter({ hasText: title }) });
  }

  async renameChat(title: string, newTitle: string) {
    await this.savedChatRow(title)
      .getByRole("button", { name: `Rename “${title}”` })
      .click();
    await this.page.getByRole("textbox", { name: "Chat title" }).fill(newTitle);
    await this.page.getByRole("button", { name: "Save" }).click();
  }

  async deleteChat(title: string) {
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.savedChatRow(title)
      .getByRole("button", { name: `Delete “${title}”` })
      .click();
  }
}
