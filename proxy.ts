import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { databaseUnavailablePage } from "@/lib/api/database-unavailable-page";
import { problemJsonResponse } from "@/lib/api/problem";
import { authConfig } from "@/lib/auth/auth.config";
import { databaseAvailable } from "@/lib/kernel/db/database-gate";
import { env } from "@/lib/kernel/env";
import { newNonce, pageOrigins, pagePolicy } from "@/lib/security/content-security-policy";
import { isCrossOriginServerAction } from "@/lib/security/cross-origin-action";

const { auth } = NextAuth(authConfig);
const guard = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

// Pages only: API routes authenticate themselves and get the fixed headers (next.config.ts), and a
// proxy would buffer large upload bodies.
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  if (isCrossOriginServerAction(request)) {
    return problemJsonResponse({
      type: "/docs#errors-cross_site_request",
      title: "Forbidden",
      status: 403,
      detail: "Server actions run only from Minuta's own pages.",
      requestId: crypto.randomUUID(),
    });
  }
  const nonce = newNonce();
  const policy = pagePolicy(nonce, pageOrigins(env()), { dev: env().NODE_ENV === "development" });
  // During an outage a page would fail to render (a 500); it says so with a 503 and retries instead.
  if (!(await databaseAvailable())) {
    const unavailable = databaseUnavailablePage(request);
    unavailable.headers.set("content-security-policy", policy);
    return unavailable;
  }
  const guarded = await guard(request, event);
  // Next.js finds the nonce in the request's policy and puts it on the scripts it renders; our own
  // inline script (app/layout.tsx) reads it from x-nonce.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  // A redirect to sign in goes out as it is; otherwise the page renders with the policy.
  const response = guarded.headers.has("location") ? guarded : NextResponse.next({ request: { headers } });
  if (response !== guarded) {
    for (const cookie of guarded.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  }
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};
