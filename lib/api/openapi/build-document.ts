import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { SCOPES } from "@/lib/api-keys/scopes";
import { type ApiRouteOptions, apiRouteOptionsOf } from "../api-route";
import { HTTP_METHODS, isMethodNotAllowedHandler } from "../method-not-allowed";
import { type Operation, operations, type ResponseDoc } from "./operations";
import { problemSchema } from "./response-schemas";

type JsonSchema = Record<string, unknown>;
/** A route file's exports (`import * as route from ".../route"`), by the path it serves. */
export type RouteModules = Record<string, Record<string, unknown>>;

type Served = { method: Operation["method"]; path: string; options?: ApiRouteOptions; doc?: Operation };

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** Every method a route module really serves (405 answers left out), with its options and docs. */
function servedOperations(routes: RouteModules): Served[] {
  const served: Served[] = [];
  for (const [path, module] of Object.entries(routes)) {
    for (const name of HTTP_METHODS) {
      const handler = module[name];
      if (typeof handler !== "function" || isMethodNotAllowedHandler(handler)) continue;
      const method = name.toLowerCase() as Operation["method"];
      const doc = operations.find((operation) => operation.method === method && operation.path === path);
      served.push({ method, path, options: apiRouteOptionsOf(handler), doc });
    }
  }
  return served;
}

function parameters(options: ApiRouteOptions | undefined) {
  const list: JsonSchema[] = [];
  const add = (schema: z.ZodType | undefined, where: "path" | "query") => {
    if (!schema) return;
    const json = jsonSchema(schema, "input") as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        schema: property,
        ...(property.description ? { description: property.description } : {}),
      });
    }
  };
  add(options?.params, "path");
  add(options?.query, "query");
  return list;
}

function requestBody(options: ApiRouteOptions | undefined, doc: Operation | undefined) {
  if (options?.body) {
    return {
      required: !options.bodyOptional,
      content: { "application/json": { schema: jsonSchema(options.body, "input") } },
    };
  }
  if (doc?.rawBody)
    return { required: true, content: { [doc.rawBody.contentType]: { schema: doc.rawBody.schema } } };
  return undefined;
}

function response(doc: ResponseDoc) {
  const content: Record<string, unknown> = {};
  if (doc.schema)
    content[doc.contentType ?? "application/json"] = { schema: jsonSchema(doc.schema, "output") };
  for (const [type, schema] of Object.entries(doc.content ?? {}))
    content[type] = schema ? { schema: jsonSchema(schema, "output") } : {};
  const headers = Object.fromEntries(
    Object.entries(doc.headers ?? {}).map(([name, description]) => [
      name,
      { description, schema: { type: "string" } },
    ]),
  );
  return {
    description: doc.description,
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(Object.keys(content).length ? { content } : {}),
  };
}

const PROBLEMS: Record<number, string> = {
  400: "Body is not valid JSON",
  401: "No or bad credentials",
  403: "The API key lacks the scope, or a change with the session cookie came from another site",
  404: "Not found (or not yours)",
  409: "Not allowed in the current state",
  422: "Validation failed (field errors in `errors`)",
  429: "Rate limited (see Retry-After)",
  503: "The database is unavailable for a moment (see Retry-After)",
};

const operationId = (method: string, path: string) =>
  `${method}${path.replace(/[^a-zA-Z]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`;

const problemContent = () => ({
  "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
});

function operationObject({ method, path, options, doc }: Served) {
  const responses: Record<string, ReturnType<typeof response>> = {};
  for (const [status, answer] of Object.entries(doc?.responses ?? { 200: { description: "OK" } })) {
    responses[status] = response(answer);
    // An error a handler answers is a problem (DESIGN §5), whether or not its docs say so.
    if (options && Number(status) >= 400 && !answer.schema && !answer.content)
      responses[status] = { ...responses[status], content: problemContent() };
  }
  const body = requestBody(options, doc);
  if (options) {
    const problems = { ...PROBLEMS, ...(body ? { 413: "The body is too large" } : {}) };
    for (const [status, description] of Object.entries(problems))
      responses[status] ??= { description, content: problemContent() };
  }
  return {
    summary: doc?.summary ?? `${method.toUpperCase()} ${path}`,
    ...(doc?.description ? { description: doc.description } : {}),
    operationId: operationId(method, path),
    ...(options
      ? {
          security: [{ apiKey: [] }, { session: [] }],
          ...(options.scope ? { "x-scope": options.scope } : {}),
        }
      : { security: [] }),
    parameters: parameters(options),
    ...(body ? { requestBody: body } : {}),
    responses,
    ...(doc?.example ? { "x-codeSamples": [{ lang: "Shell", label: "curl", source: doc.example }] } : {}),
  };
}

/**
 * What keeps the document honest, one line per problem: a served operation without docs or not
 * made with `apiRoute`, docs for something no route serves, or docs that repeat a scope or
 * schema differently from the handler. Empty when all is well (a test asserts it).
 */
export function documentationProblems(routes: RouteModules): string[] {
  const problems: string[] = [];
  const served = servedOperations(routes);
  for (const { method, path, options, doc } of served) {
    const name = `${method.toUpperCase()} ${path}`;
    if (!doc) problems.push(`${name} is served but has no entry in lib/api/openapi/operations.ts`);
    if (!options && !doc?.public) problems.push(`${name} is not made with apiRoute() and not marked public`);
    if (!options || !doc) continue;
    if (doc.scope !== undefined && doc.scope !== options.scope)
      problems.push(`${name}: documented scope ${doc.scope} but the handler requires ${options.scope}`);
    for (const part of ["params", "query", "body"] as const) {
      const documented = doc[part];
      const declared = options[part];
      if (
        documented &&
        !(declared && isDeepStrictEqual(jsonSchema(documented, "input"), jsonSchema(declared, "input")))
      )
        problems.push(`${name}: documented ${part} schema differs from the handler's`);
    }
  }
  for (const doc of operations) {
    if (!served.some((operation) => operation.method === doc.method && operation.path === doc.path))
      problems.push(`${doc.method.toUpperCase()} ${doc.path} is documented but no route serves it`);
  }
  return problems;
}

/** The OpenAPI 3.1 document: each operation's schemas and scope from its handler, the rest from operations.ts. */
export function buildOpenApiDocument(routes: RouteModules, serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const served of servedOperations(routes)) {
    paths[served.path] ??= {};
    (paths[served.path] as Record<string, unknown>)[served.method] = operationObject(served);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Minuta API",
      version: "1.0.0",
      description: `Meetings, transcripts, notes, action items, chat and search. Authenticate with \`Authorization: Bearer <api key>\` (Settings → API keys). Scopes: ${SCOPES.join(", ")}. Errors are application/problem+json; their \`type\` links to /docs#errors. POST accepts \`Idempotency-Key\`: a key repeated by the same API key (or the same browser session) returns the first response for 24 hours; each API key has its own keys. A method a path doesn't serve answers 405 with \`Allow\`.`,
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, "output") },
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key: mk_…" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
