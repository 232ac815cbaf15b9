import { expect, test } from "@playwright/test";
import { AuthPage } from "./pages/auth-page";
import { DocsPage } from "./pages/docs-page";
import { screenshot, uniqueEmail } from "./support";

test.use({ locale: "en-US" });

test("the API reference shows every operation of the document, chat included", async ({ page, request }) => {
  const docs = new DocsPage(page);
  const spec = await (await request.get("/api/openapi.json")).json();
  await docs.open();
  const count = Object.values(spec.paths as Record<string, object>).reduce(
    (total, item) => total + Object.keys(item).length,
    0,
  );
  await expect(page.getByTestId("operation")).toHaveCount(count);
  for (const name of [
    "POST /api/v1/chat",
    "GET /api/v1/chats",
    "GET /api/v1/chats/{id}",
    "PATCH /api/v1/chats/{id}",
    "DELETE /api/v1/chats/{id}",
    "GET /api/v1/realtime/token",
  ])
    await expect(docs.operation(name)).toBeVisible();
  await expect(docs.quickStart()).toContainText("Idempotency-Key: $ID-batch-1");
  await screenshot(page, "api-docs");
});

test("a problem's type links to its row on /docs", async ({ page, request }) => {
  const docs = new DocsPage(page);
  const unauthorized = await request.get("/api/v1/meetings");
  expect(unauthorized.status()).toBe(401);
  const wrongMethod = await request.put("/api/v1/meetings", { data: {} });
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers().allow).toBe("GET, POST, OPTIONS");
  for (const problem of [await unauthorized.json(), await wrongMethod.json()]) {
    const id = String(problem.type).replace("/docs#errors-", "");
    await docs.open(`#errors-${id}`);
    await expect(docs.errorType(id)).toBeVisible();
    await expect(docs.errorType(id)).toContainText(String(problem.status));
  }
});

test.describe("in Spanish", () => {
  test.use({ locale: "es-ES" });

  test("the reference's own text is translated", async ({ page }) => {
    await new DocsPage(page).open();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API de Minuta v1");
    await expect(page.getByRole("heading", { name: "Errores" })).toBeVisible();
  });
});

test("the app's own pages still change data with the session cookie; other sites can't", async ({ page }) => {
  await new AuthPage(page).signUp(uniqueEmail("csrf"), "correct horse battery");
  const status = await page.evaluate(async () => {
    const response = await fetch("/api/v1/meetings", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Made from the app" }),
    });
    return response.status;
  });
  expect(status).toBe(201);
  const forged = await page.request.post("/api/v1/meetings", {
    data: { title: "Forged" },
    headers: { origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).type).toBe("/docs#errors-cross_site_request");
});
