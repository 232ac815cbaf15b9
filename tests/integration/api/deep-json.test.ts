import "next/dist/server/node-environment-baseline.js";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES } from "@/app/api/openapi.json/api-routes";
import { apiRouteOptionsOf } from "@/lib/api/api-route";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { expectProblem, type Handler, stopServices } from "@/tests/support/api-fixtures";

/** Bodies nested thousands deep get a 422 from every route that reads JSON, never a 500. */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const DEPTH = 5_000;
const deepBodies = {
  arrays: `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`,
  objects: `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`,
  "a field": `{"title":"x","participants":${'[{"name":'.repeat(DEPTH)}"x"${"}]".repeat(DEPTH)}}`,
};

const jsonRoutes = Object.entries(API_ROUTES).flatMap(([path, module]) =>
  Object.entries(module).flatMap(([method, handler]) =>
    apiRouteOptionsOf(handler)?.body ? [{ route: `${method} ${path}`, method, path, handler }] : [],
  ),
);

describe("JSON nested thousands of levels deep", () => {
  it("finds the routes that read a JSON body", () => {
    expect(jsonRoutes.map((route) => route.route)).toEqual(
      expect.arrayContaining(["POST /api/v1/meetings", "POST /api/v1/chat", "POST /api/v1/webhooks"]),
    );
  });

  describe.each(Object.entries(deepBodies))("made of %s", (_shape, raw) => {
    it.each(jsonRoutes)("$route answers 422 naming the limit", async ({ method, path, handler }) => {
      const params = { id: randomUUID(), deliveryId: randomUUID() };
      const result = await call(handler as Handler, method, path.replace("{id}", params.id), {
        key: me.key,
        params,
        rawBody: raw,
        headers: { "content-type": "application/json", "idempotency-key": randomUUID() },
      });
      expectProblem(result, 422);
      expect(result.body.detail).toMatch(/nested deeper than \d+ levels/);
    });
  });
});
