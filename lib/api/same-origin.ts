import { env } from "@/lib/kernel/env";
import { AppError } from "@/lib/kernel/errors";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function hostOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value.includes("://") ? value : `http://${value}`).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The hosts this app answers on: APP_URL's, and the one the request was addressed to. */
function ownHosts(request: Request): Set<string> {
  const hosts = [
    hostOf(env().APP_URL),
    hostOf(request.url),
    hostOf(request.headers.get("host")),
    // Set by a proxy in front of the app; a page on another site can't make a browser send it.
    hostOf(request.headers.get("x-forwarded-host")?.split(",")[0]?.trim()),
  ];
  return new Set(hosts.filter((host): host is string => host !== null));
}

/**
 * Browsers attach the session cookie to requests any site makes, so a change made with the
 * cookie must come from Minuta's own pages: `Sec-Fetch-Site: cross-site`, or an `Origin` that
 * isn't this app's, is refused. (A request without Origin doesn't come from a current browser.)
 * API keys are never sent by a browser on its own, so bearer requests are not checked.
 */
export function assertSameOriginForSession(request: Request): void {
  if (!UNSAFE.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const crossSite =
    site === "cross-site" || (origin !== null && !ownHosts(request).has(hostOf(origin) ?? ""));
  if (crossSite) {
    throw new AppError(
      "forbidden",
      "A change with the session cookie must come from Minuta's own pages; other sites and apps use an API key.",
      { reason: "cross_site_request" },
    );
  }
}
