/** CORS for the origins in CORS_ORIGINS (browser extensions, other web clients); bearer keys, no cookies. */
export function allowedOrigin(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  const allowed = (process.env.CORS_ORIGINS ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  return allowed.includes(origin) ? origin : null;
}

export function withCors(request: Request, response: Response): Response {
  const origin = allowedOrigin(request);
  if (!origin) return response;
  response.headers.set("access-control-allow-origin", origin);
  response.headers.set(
    "access-control-expose-headers",
    "x-request-id, retry-after, content-range, idempotent-replayed",
  );
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
