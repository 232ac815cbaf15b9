import { randomUUID } from "node:crypto";
import { withCors } from "./cors";
import { problemJsonResponse } from "./problem";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
type Handler = (request: Request) => Promise<Response>;

const STUB = Symbol.for("minuta.methodNotAllowed");

/** Whether a route export is one of the 405 answers made here (the OpenAPI builder skips them). */
export function isMethodNotAllowedHandler(value: unknown): boolean {
  return typeof value === "function" && STUB in value;
}

/**
 * 405 in the API's one error shape, with `Allow`, for the methods a route doesn't serve (Next.js
 * would answer an empty 405). A route file exports the ones it lacks:
 * `export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");`
 */
export function methodNotAllowed(...allowed: HttpMethod[]): Record<HttpMethod, Handler> {
  const allow = [...allowed, "OPTIONS"].join(", ");
  const handler: Handler = async (request) => {
    const requestId = randomUUID();
    const response = problemJsonResponse(
      {
        type: "/docs#errors-method_not_allowed",
        title: "Method not allowed",
        status: 405,
        detail: `${request.method} is not allowed on ${new URL(request.url).pathname}; use ${allow}.`,
        requestId,
      },
      { allow },
    );
    return withCors(request, response);
  };
  Object.assign(handler, { [STUB]: allowed });
  return Object.fromEntries(HTTP_METHODS.map((method) => [method, handler])) as Record<HttpMethod, Handler>;
}
