/**
 * A server action posted from another site. Next.js refuses it too, but by throwing, which answers
 * 500; recognising it first lets the proxy answer 403. The rule is Next's own (action-handler.js):
 * an Origin, when sent, must name the host the request was addressed to (X-Forwarded-Host, else
 * Host). Requests without an Origin pass, as they do in Next: browsers send one on every POST.
 */

// Route handlers outside /api that take posts from anywhere: RFC 8058 one-click unsubscribe.
const CROSS_SITE_POST_PATHS = new Set(["/unsubscribe/one-click"]);

export function isCrossOriginServerAction(request: Request): boolean {
  if (request.method !== "POST") return false;
  if (CROSS_SITE_POST_PATHS.has(new URL(request.url).pathname)) return false;
  // With JavaScript, actions are fetched with a Next-Action header; without, forms post multipart.
  const possibleAction =
    request.headers.has("next-action") ||
    (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  if (!possibleAction) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return !host || originHost(origin) !== host;
}

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    // "null" (sandboxed frames, privacy-sensitive redirects) or garbage: no host to match.
    return undefined;
  }
}
