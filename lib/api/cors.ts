import { env } from "@/lib/kernel/env";

/** CORS for the origins in CORS_ORIGINS (browser extensions, other web clients); bearer keys, no cookies. */
export function allowedOrigin(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  return env().CORS_ORIGINS.includes(origin) ? origin : null;
}

// Response headers a browser client may read besides the CORS-safelisted ones.
const EXPOSED = [
  "x-request-id",
  "retry-after",
  "content-range",
  "accept-ranges",
  "content-disposition",
  "idempotent-replayed",
  "x-chat-id",
  "allow",
].join(", ");

export function withCors(request: Request, response: Response): Response {
  const origin = allowedOrigin(request);
  if (!origin) return response;
  response.headers.set("access-control-allow-origin", origin);
  response.headers.set("access-control-expose-headers", EXPOSED);
  response.headers.append("vary", "Origin");
  return response;
}

/** The answer to a preflight request, exported as OPTIONS by every /api/v1 route. */
export async function corsPreflight(request: Request): Promise<Response> {
  const origin = allowedOrigin(request);
  if (!origin) return new Response(null, { status: 204 });
  return new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-origin": origin,
      "access-control-allow-methods": "GET, POST, PATCH, DELETE, OPTIONS",
      "access-control-allow-headers": "authorization, content-type, idempotency-key, last-event-id, range",
      "access-control-max-age": "600",
      vary: "Origin",
    },
  });
}

/**
 * CORS for the public, credential-free documents (`/api/openapi.json`, `/api/health`): any origin
 * may read them, so API explorers and status pages hosted elsewhere can load them.
 */
export function withPublicCors(response: Response): Response {
  response.headers.set("access-control-allow-origin", "*");
  response.headers.set("access-control-expose-headers", EXPOSED);
  return response;
}

export async function publicCorsPreflight(): Promise<Response> {
  return new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, OPTIONS",
      "access-control-max-age": "600",
    },
  });
}
