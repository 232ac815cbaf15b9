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

/** The part of the auth setup that needs no database: used by proxy.ts to guard pages. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      const isPublic = PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
      // "/" is the landing page for visitors (it sends signed-in users on to their meetings).
      if (isPublic || pathname === "/") return true;
      return Boolean(auth?.user);
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
