import type { NextAuthConfig } from "next-auth";
import { requestOrigin } from "@/lib/email/app-url";

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

/** The part of the auth setup that needs no database: used by proxy.ts to guard pages. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      const isPublic = PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
      if (isPublic || auth?.user) return true;
      // Not Auth.js's own redirect: it builds on the URL the server listens at (http://0.0.0.0:3100
      // in a container) unless AUTH_URL is set; this one uses the host the browser asked for.
      const origin =
        process.env.AUTH_URL || process.env.APP_URL
          ? request.nextUrl.origin
          : (requestOrigin(request.headers, request.nextUrl.protocol === "https:" ? "https" : "http") ??
            request.nextUrl.origin);
      const login = new URL("/login", process.env.APP_URL || origin);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return Response.redirect(login, 302);
    },
    jwt({ token, user }) {
      // Each sign-in starts a session with its own id, kept as the token is renewed (Idempotency-Key
      // replays are scoped per session).
      if (user) token.sid = crypto.randomUUID();
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
