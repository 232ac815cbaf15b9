/**
 * Where to go after signing in: the page the visitor asked for (`callbackUrl`, as the sign-in
 * guard sets it), when it is on this site; anywhere else, or nothing, means the meetings.
 * An absolute URL on another origin, a protocol-relative "//host" or a backslash trick never
 * leaves the site.
 */
export function safeNextPath(callbackUrl: string | null | undefined, origin: string): string {
  const fallback = "/meetings";
  if (!callbackUrl) return fallback;
  let url: URL;
  try {
    url = new URL(callbackUrl, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path === "/login" || path === "/signup")
    return fallback;
  return path;
}
