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
      if (isPublic) return true;
      return Boolean(auth?.user);
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
