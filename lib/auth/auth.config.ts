import type { NextAuthConfig } from "next-auth";

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
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const isPublic = PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
      if (isPublic) return true;
      return Boolean(auth?.user);
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
