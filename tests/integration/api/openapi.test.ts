import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_ROUTES } from "@/app/api/openapi.json/api-routes";
import { apiRouteOptionsOf } from "@/lib/api/api-route";
import { HTTP_METHODS, isMethodNotAllowedHandler } from "@/lib/api/method-not-allowed";
import { buildOpenApiDocument, documentationProblems } from "@/lib/api/openapi/build-document";
import { ABANDONED_AFTER_SECONDS } from "@/lib/kernel/idempotency";

/** GET /api/openapi.json (DESIGN §5): generated from the handlers themselves, complete and well formed. */

type Json = Record<string, unknown>;
type OperationObject = {
  operationId: string;
  "x-scope"?: string;
  security: unknown[];
  parameters: { name: string; in: string; required: boolean; schema: Json }[];
  requestBody?: { required: boolean; content: Record<string, { schema?: Json }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
};

const document = buildOpenApiDocument(API_ROUTES);
const paths = document.paths as Record<string, Record<string, OperationObject>>;
const operation = (method: string, route: string) => paths[route]?.[method] as OperationObject;

/** Every route file under app/api, by the path it serves ({id} for [id]). */
function routeFiles(): { file: string; path: string }[] {
  const root = path.resolve("app/api");
  const found: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const relative = path.relative(root, dir).split(path.sep);
        const served = `/api/${relative.map((part) => part.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
        found.push({ file: full, path: served });
      }
    }
  };
  walk(root);
  // next-auth's own routes, the catch-all 404, the document itself and the scheduler's routes
  // (CRON_SECRET, not a user's credentials: tests/integration/api/cron-jobs.test.ts) are not API operations.
  return found.filter(({ path: served }) => !/^\/api\/(auth|openapi\.json|cron)\b|\[\.\.\./.test(served));
}

const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as Json;
  return rest;
};

describe("the route table the document is built from", () => {
  it("holds every route file under app/api, as the module that file exports", async () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(20);
    expect(Object.keys(API_ROUTES).sort()).toEqual(files.map((file) => file.path).sort());
    for (const { file, path: served } of files) {
      const module = await import(/* @vite-ignore */ file);
      expect(API_ROUTES[served], served).toBe(module);
    }
  });

  it("documents every operation a route serves and nothing else, with no drift", () => {
    expect(documentationProblems(API_ROUTES)).toEqual([]);
  });
});

describe("each operation matches its handler", () => {
  for (const [route, module] of Object.entries(API_ROUTES)) {
    for (const method of HTTP_METHODS) {
      const handler = module[method];
      const options = apiRouteOptionsOf(handler);
      if (!options) continue;
      it(`${method} ${route}: scope, parameters and body from the handler`, () => {
        const documented = operation(method.toLowerCase(), route);
        expect(documented, `${method} ${route} missing`).toBeDefined();
        expect(documented["x-scope"]).toBe(options.scope ?? undefined);
        const params = options.params ? Object.keys(jsonSchema(options.params).properties as Json) : [];
        const query = options.query ? Object.keys(jsonSchema(options.query).properties as Json) : [];
        expect(documented.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(params);
        expect(documented.parameters.filter((p) => p.in === "query").map((p) => p.name)).toEqual(query);
        if (options.body) {
          expect(documented.requestBody?.required).toBe(!options.bodyOptional);
          expect(documented.requestBody?.content["application/json"]?.schema).toEqual(
            jsonSchema(options.body),
          );
        } else {
          expect(documented.requestBody?.content["application/json"]).toBeUndefined();
        }
      });
    }
  }
});

describe("the document's structure (OpenAPI 3.1)", () => {
  it("resolves every $ref", () => {
    const refs: string[] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) {
          if (key === "$ref" && typeof item === "string") refs.push(item);
          else collect(item);
        }
      }
    };
    collect(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith("#/")).toBe(true);
      const target = ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
      expect(target, ref).toBeDefined();
    }
  });

  it("declares every path parameter, required, and no other", () => {
    for (const [route, item] of Object.entries(paths)) {
      const inPath = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, op] of Object.entries(item)) {
        const declared = op.parameters.filter((p) => p.in === "path");
        expect(declared.map((p) => p.name).sort(), `${method} ${route}`).toEqual([...inPath].sort());
        for (const parameter of declared) expect(parameter.required).toBe(true);
      }
    }
  });

  it("has unique operationIds and a description for every response", () => {
    const ids = Object.values(paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of Object.values(paths))
      for (const op of Object.values(item))
        for (const response of Object.values(op.responses))
          expect(typeof response.description).toBe("string");
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(paths).every((route) => route.startsWith("/api/"))).toBe(true);
  });
});

describe("operations the document used to miss or get wrong", () => {
  it("documents POST /api/v1/chat: the UI message stream and the JSON answer", () => {
    const chat = operation("post", "/api/v1/chat");
    expect(chat["x-scope"]).toBe("chat");
    expect(chat.requestBody?.required).toBe(true);
    const body = chat.requestBody?.content["application/json"]?.schema as { properties: Json };
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(["messages", "meetingIds", "from", "to", "chatId"]),
    );
    expect(chat.responses["200"]).toHaveProperty("headers.x-chat-id");
    const ok = chat.responses["200"]?.content ?? {};
    expect(Object.keys(ok)).toEqual(expect.arrayContaining(["application/json", "text/event-stream"]));
    const answer = (ok["application/json"]?.schema ?? {}) as { properties?: Json };
    expect(Object.keys(answer.properties ?? {})).toEqual(["chatId", "text", "citations", "answered"]);
  });

  it("documents saved chats and the realtime token", () => {
    expect(operation("get", "/api/v1/chats")["x-scope"]).toBe("chat");
    for (const method of ["get", "patch", "delete"])
      expect(operation(method, "/api/v1/chats/{id}")).toBeDefined();
    expect(operation("patch", "/api/v1/chats/{id}").requestBody?.required).toBe(true);
    expect(operation("get", "/api/v1/realtime/token")["x-scope"]).toBe("meetings:read");
  });

  it("takes no body for upload-url, and an optional one for email and re-analysis", () => {
    expect(operation("post", "/api/v1/meetings/{id}/files/upload-url").requestBody).toBeUndefined();
    expect(operation("post", "/api/v1/meetings/{id}/email").requestBody?.required).toBe(false);
    expect(operation("post", "/api/v1/meetings/{id}/insights").requestBody?.required).toBe(false);
    expect(operation("post", "/api/v1/meetings/{id}/files").requestBody?.content).toHaveProperty(
      "multipart/form-data",
    );
  });

  it("marks the health check public", () => {
    expect(operation("get", "/api/health").security).toEqual([]);
  });
});

describe("route files", () => {
  it("answer every other method with the 405 problem, whose Allow lists exactly the methods served", async () => {
    for (const [route, module] of Object.entries(API_ROUTES)) {
      if (route === "/api/health") continue;
      const served = HTTP_METHODS.filter((method) => !isMethodNotAllowedHandler(module[method]));
      for (const method of HTTP_METHODS) {
        expect(typeof module[method], `${method} ${route}`).toBe("function");
        if (served.includes(method)) continue;
        const handler = module[method] as (request: Request) => Promise<Response>;
        const response = await handler(new Request(`http://localhost${route}`, { method }));
        expect(response.status).toBe(405);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(response.headers.get("allow"), route).toBe([...served, "OPTIONS"].join(", "));
      }
    }
  });

  it("never run longer than an unanswered Idempotency-Key claim is held", async () => {
    for (const { file } of routeFiles()) {
      const { maxDuration } = (await import(/* @vite-ignore */ file)) as { maxDuration?: number };
      if (maxDuration !== undefined) expect(maxDuration, file).toBeLessThanOrEqual(ABANDONED_AFTER_SECONDS);
    }
  });
});
