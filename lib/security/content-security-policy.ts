import type { Env } from "@/lib/kernel/env";

/**
 * The Content-Security-Policy of every page: scripts run only with this response's nonce (Next.js
 * puts it on its own scripts when it finds it in the request's policy) and whatever those load
 * ('strict-dynamic'), so a script smuggled into the HTML never runs. Styles allow inline because
 * React and Tailwind set style attributes, which nonces can't cover.
 */

export type PageOrigins = {
  /** Origins the browser talks to besides this one (Supabase Realtime and Storage). */
  connect: string[];
  /** Origins a sign-in form may end up posting to (OAuth providers). */
  formAction: string[];
};

export function pagePolicy(nonce: string, origins: PageOrigins, { dev = false } = {}): string {
  return serialize({
    "default-src": ["'self'"],
    // React rebuilds server error stacks with eval in development only.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:"],
    "font-src": ["'self'", "data:"],
    "media-src": ["'self'", "blob:"],
    "connect-src": ["'self'", ...origins.connect],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", ...origins.formAction],
    "frame-ancestors": ["'none'"],
  });
}

/** Responses that aren't pages (API, files, static assets) load nothing and are framed by no one. */
export const NON_PAGE_POLICY = serialize({
  "default-src": ["'none'"],
  // next-auth's own error and sign-out pages under /api/auth carry inline styles and a form.
  "style-src": ["'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "form-action": ["'self'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
});

const OAUTH_ORIGINS = { github: "https://github.com", google: "https://accounts.google.com" };

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** What the configured services need the browser to reach. */
export function pageOrigins(env: Env): PageOrigins {
  const supabase = [env.NEXT_PUBLIC_SUPABASE_URL, env.SUPABASE_URL].map(originOf).filter(Boolean) as string[];
  // Realtime speaks WebSocket to the same host.
  const sockets = supabase.map((origin) => origin.replace(/^http/, "ws"));
  const formAction = [
    ...(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? [OAUTH_ORIGINS.github] : []),
    ...(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET ? [OAUTH_ORIGINS.google] : []),
  ];
  return { connect: [...new Set([...supabase, ...sockets])], formAction };
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
