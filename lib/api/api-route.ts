import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Scope } from "@/lib/api-keys/scopes";
import { AppError } from "@/lib/kernel/errors";
import { clientIp } from "@/lib/kernel/http/client-ip";
import {
  claimIdempotencyKey,
  type IdempotencyScope,
  idempotencyScope,
  releaseIdempotencyKey,
  settleIdempotencyKey,
} from "@/lib/kernel/idempotency";
import { logInfo } from "@/lib/kernel/log";
import { type ApiUser, authenticateRequest } from "./api-user";
import { withCors } from "./cors";
import { problemResponse, zodErrors } from "./problem";
import { consumeRateLimit } from "./rate-limit";
import { parseJsonText, readBodyText } from "./read-json-body";
import { requestFingerprint } from "./request-fingerprint";
import { assertSameOriginForSession } from "./same-origin";
import { assertStorableJson } from "./storable-json";

const DEFAULT_BODY_LIMIT = 1024 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type ApiRouteOptions<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> = {
  scope: Scope | null;
  params?: P;
  query?: Q;
  body?: B;
  bodyLimit?: number;
  /** An empty body parses as `undefined` instead of answering 400. */
  bodyOptional?: boolean;
};

export type ApiContext<P, Q, B> = {
  request: Request;
  requestId: string;
  user: ApiUser;
  params: P;
  query: Q;
  body: B;
};

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("validation", `The ${where} did not pass validation.`, {
      errors: zodErrors(result.error),
    });
  }
  return result.data;
}

// What each handler was declared with, kept on it for the OpenAPI document (lib/api/openapi).
const OPTIONS = Symbol.for("minuta.apiRouteOptions");

/** The options a route handler was made with by `apiRoute`, or undefined for any other function. */
export function apiRouteOptionsOf(handler: unknown): ApiRouteOptions | undefined {
  return typeof handler === "function" ? (handler as { [OPTIONS]?: ApiRouteOptions })[OPTIONS] : undefined;
}

/** The client closed the connection mid-request (Node reports `Error: aborted` reading its body). */
function clientHungUp(request: Request, error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return (
    request.signal.aborted || (error instanceof Error && error.message === "aborted" && code === "ECONNRESET")
  );
}

function queryObject(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  return query;
}

/**
 * The one wrapper every /api/v1 handler goes through: request id, rate limit (per IP, then per key
 * or user), authentication (session or API key) and scope, zod parsing of params/query/body,
 * Idempotency-Key on POST, CORS, logging, and the one problem+json error shape.
 * A handler returns a Response, or data sent as JSON with status 200.
 */
export function apiRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(
  options: ApiRouteOptions<P, Q, B>,
  handler: (ctx: ApiContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown>,
) {
  const route = async (request: Request, context: RouteContext): Promise<Response> => {
    const requestId = randomUUID();
    const started = performance.now();
    const url = new URL(request.url);
    let status = 500;
    let keyScope: IdempotencyScope | undefined;
    // Set only once this request holds the key, so a refused claim never overwrites the first answer.
    let claimedKey: string | null = null;
    try {
      const ip = clientIp(request.headers);
      await consumeRateLimit([`ip:${ip}`]);
      const user = await authenticateRequest(request);
      keyScope = idempotencyScope(user);
      if (user.via === "session") assertSameOriginForSession(request);
      await consumeRateLimit([`caller:${user.keyId ?? user.id}`]);
      if (options.scope && !user.scopes.includes(options.scope)) {
        throw new AppError("forbidden", `This API key lacks the \`${options.scope}\` scope.`);
      }
      const rawQuery = queryObject(url);
      assertStorableJson(rawQuery, "query");
      const params = options.params ? parseOrThrow(options.params, await context.params, "path") : undefined;
      const query = options.query ? parseOrThrow(options.query, rawQuery, "query") : undefined;
      const bodyText = options.body
        ? await readBodyText(request, options.bodyLimit ?? DEFAULT_BODY_LIMIT)
        : "";

      const idempotencyKey = request.method === "POST" ? request.headers.get("idempotency-key") : null;
      if (idempotencyKey) {
        const fingerprint = await requestFingerprint(request, url.pathname, options.body ? bodyText : null);
        const replay = await claimIdempotencyKey(keyScope, idempotencyKey, fingerprint);
        if (replay) {
          status = replay.status;
          replay.headers.set("x-request-id", requestId);
          return withCors(request, replay);
        }
        claimedKey = idempotencyKey;
      }

      const json = options.body ? parseJsonText(bodyText, options.bodyOptional) : undefined;
      assertStorableJson(json);
      const body = options.body ? parseOrThrow(options.body, json, "body") : undefined;
      const result = await handler({ request, requestId, user, params, query, body } as ApiContext<
        z.infer<P>,
        z.infer<Q>,
        z.infer<B>
      >);
      const response = result instanceof Response ? result : Response.json(result);
      response.headers.set("x-request-id", requestId);
      status = response.status;
      if (claimedKey) await settleIdempotencyKey(keyScope, claimedKey, response);
      return withCors(request, response);
    } catch (error) {
      if (clientHungUp(request, error)) {
        // Nobody is there to read an answer, and a client that went away is no server error.
        status = 499;
        if (claimedKey && keyScope) await releaseIdempotencyKey(keyScope, claimedKey).catch(() => {});
        return new Response(null, { status });
      }
      const response = problemResponse(error, requestId);
      status = response.status;
      if (claimedKey && keyScope) {
        if (status < 500) await settleIdempotencyKey(keyScope, claimedKey, response).catch(() => {});
        else await releaseIdempotencyKey(keyScope, claimedKey).catch(() => {});
      }
      return withCors(request, response);
    } finally {
      logInfo("api", {
        requestId,
        method: request.method,
        path: url.pathname,
        status,
        ms: Math.round(performance.now() - started),
      });
    }
  };
  return Object.assign(route, { [OPTIONS]: options as ApiRouteOptions });
}

export function json(data: unknown, status: number, headers: HeadersInit = {}): Response {
  return Response.json(data, { status, headers });
}

export const idParams = z.object({ id: z.uuid({ message: "must be a UUID" }) });
