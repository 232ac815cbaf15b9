import { z } from "zod";
import { SCOPES } from "../scopes";
import { type Operation, operations } from "./operations";
import { problemSchema } from "./response-schemas";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parameters(operation: Operation) {
  const list: JsonSchema[] = [];
  const add = (schema: z.ZodObject | undefined, where: "path" | "query") => {
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
  add(operation.params, "path");
  add(operation.query, "query");
  return list;
}

function requestBody(operation: Operation) {
  if (!operation.body) return undefined;
  if (operation.body === "multipart") {
    return {
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: { file: { type: "string", format: "binary" } },
            required: ["file"],
          },
        },
      },
    };
  }
  return { required: true, content: { "application/json": { schema: jsonSchema(operation.body, "input") } } };
}

const PROBLEMS: Record<number, string> = {
  400: "Body is not valid JSON",
  401: "No or bad credentials",
  403: "The API key lacks the scope",
  404: "Not found (or not yours)",
  409: "Not allowed in the meeting's current status",
  422: "Validation failed (field errors in `errors`)",
  429: "Rate limited (see Retry-After)",
};

/** The OpenAPI 3.1 document, generated from the operations' zod schemas. */
export function buildOpenApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(operation.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? {
              content: {
                [response.contentType ?? "application/json"]: {
                  schema: jsonSchema(response.schema, "output"),
                },
              },
            }
          : {}),
      };
    }
    if (operation.scope) {
      for (const [status, description] of Object.entries(PROBLEMS)) {
        responses[status] ??= {
          description,
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        };
      }
    }
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, unknown>)[operation.method] = {
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      operationId: `${operation.method}${operation.path.replace(/[^a-zA-Z]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      ...(operation.scope
        ? { security: [{ apiKey: [] }, { session: [] }], "x-scope": operation.scope }
        : { security: [] }),
      parameters: parameters(operation),
      ...(requestBody(operation) ? { requestBody: requestBody(operation) } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Minuta API",
      version: "1.0.0",
      description: `Meetings, transcripts, notes, action items and search. Authenticate with \`Authorization: Bearer <api key>\` (Settings → API keys). Scopes: ${SCOPES.join(", ")}. Errors are application/problem+json. POST accepts \`Idempotency-Key\`.`,
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
