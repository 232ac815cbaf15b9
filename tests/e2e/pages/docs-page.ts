import type { Page } from "@playwright/test";

/** /docs, the API reference rendered from /api/openapi.json. */
export class DocsPage {
  constructor(private readonly page: Page) {}

  async open(hash = "") {
    await this.page.goto(`/docs${hash}`);
  }

  /** One operation's card, e.g. operation("POST /api/v1/chat"). */
  operation(name: string) {
    return this.page.locator(`[data-testid="operation"][data-operation="${name}"]`);
  }

  errorType(id: string) {
    return this.page.locator(`[data-testid="error-type"][id="errors-${id}"]`);
  }

  quickStart() {
    return this.page.getByTestId("quick-start");
  }
}
