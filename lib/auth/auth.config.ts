import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/kernel/env";
import { requestOrigin } from "@/lib/kernel/http/app-url";
import { authLogger } from "./auth-logger";

const PUBLIC_PAGES = [
  "/login",
  "/signup",
  "/docs",
  "/forgot-password",
  "/reset-password",
  "/magic-link",
  "/unsubscribe",
  "/dev",
];

/** How long a session lasts since the browser last used it. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The part of the auth setup that needs no database: used by proxy.ts to guard pages. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  logger: authLogger,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      const isPublic = PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
      // "/" is the landing page for visitors (it sends signed-in users on to their meetings).
      if (isPublic || pathname === "/" || auth?.user) return true;
      // Not Auth.js's own redirect: it builds on the URL the server listens at (http://0.0.0.0:3100
      // in a container) unless AUTH_URL is set; this one uses the host the browser asked for.
      const origin =
        env().AUTH_URL || env().APP_URL
          ? request.nextUrl.origin
          : (requestOrigin(request.headers, request.nextUrl.protocol === "https:" ? "https" : "http") ??
            request.nextUrl.origin);
      const login = new URL("/login", env().APP_URL || origin);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return Response.redirect(login, 307);
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
