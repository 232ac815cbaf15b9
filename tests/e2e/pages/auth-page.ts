import type { Page } from "@playwright/test";

export class AuthPage {
  constructor(private readonly page: Page) {}

  async signUp(email: string, password: string) {
    await this.page.goto("/signup");
    await this.page.getByTestId("email").fill(email);
    await this.page.getByTestId("password").fill(password);
    await this.page.getByTestId("submit").click();
    await this.page.waitForURL("**/meetings");
  }

  async logIn(email: string, password: string, { expectSuccess = true } = {}) {
    await this.page.goto("/login");
    await this.page.getByTestId("email").fill(email);
    await this.page.getByTestId("password").fill(password);
    await this.page.getByTestId("submit").click();
    if (expectSuccess) await this.page.waitForURL("**/meetings");
  }

  async logOut() {
    await this.page.getByTestId("log-out").click();
    await this.page.waitForURL("**/login**");
  }

  formError() {
    return this.page.getByTestId("form-error");
  }
}
