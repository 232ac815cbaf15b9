/**
 * Where to go after signing in: the page the visitor asked for (`callbackUrl`, as the sign-in
 * guard sets it), as a path on this site; nothing, or something that isn't a web address, means
 * the meetings. Only the path is kept, so the answer never leaves the site — even for
 * "https://evil.example/…" or "//evil.example" — and the guard naming this server by another
 * host ("localhost" for "127.0.0.1") still returns the visitor to the right page.
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
  if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  if (url.pathname === "/" || url.pathname === "/login" || url.pathname === "/signup") return fallback;
  return path;
}
