import "next/dist/server/node-environment-baseline.js";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "@/app/api/openapi.json/api-routes";
import DocsPage from "@/app/docs/page";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import { ERROR_TYPES } from "@/lib/api/openapi/error-types";
import { inRequestScope } from "@/tests/support/session";

/** /docs: every operation of the document, the quick start, and an anchor for every problem type. */

async function renderDocs(language: string) {
  const page = await inRequestScope("/docs", { "accept-language": language }, () => DocsPage());
  return renderToStaticMarkup(page);
}

describe("the /docs page", () => {
  it("renders every operation of the OpenAPI document, the new ones included", async () => {
    const html = await renderDocs("en");
    const paths = buildOpenApiDocument(API_ROUTES).paths as Record<string, Record<string, unknown>>;
    for (const [path, item] of Object.entries(paths))
      for (const method of Object.keys(item))
        expect(html, `${method} ${path}`).toContain(`data-operation="${method.toUpperCase()} ${path}"`);
    expect(html).toContain('data-operation="POST /api/v1/chat"');
    expect(html).toContain('data-operation="GET /api/v1/realtime/token"');
  });

  it("has an anchor with status for every problem type a response links to", async () => {
    const html = await renderDocs("en");
    for (const [id, status] of Object.entries(ERROR_TYPES)) {
      expect(html).toMatch(new RegExp(`<tr id="errors-${id}"[^>]*>.*?>${status}</td>`));
    }
  });

  it("gives each meeting its own Idempotency-Key in the quick start", async () => {
    const html = await renderDocs("en");
    expect(html).toContain("Idempotency-Key: $ID-batch-1");
    expect(html).not.toContain('"Idempotency-Key: batch-1"');
  });

  it("speaks Spanish to a Spanish browser", async () => {
    const html = await renderDocs("es-ES,es;q=0.9");
    expect(html).toContain("API de Minuta v1");
    expect(html).toContain("Errores");
  });
});
