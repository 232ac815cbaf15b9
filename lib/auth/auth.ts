import "server-only";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { authConfig } from "@/lib/auth/auth.config";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { githubProfileWithVerifiedEmail, verifiedOAuthEmail } from "@/lib/auth/oauth-email";
import { redeemMagicLink } from "@/lib/auth/redeem-magic-link";
import { endSession, sessionIsLive, startSession } from "@/lib/auth/user-sessions";
import { env } from "@/lib/kernel/env";
import { clientIp } from "@/lib/kernel/http/client-ip";
import { linkOAuthAccount } from "@/lib/users/link-oauth-account";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export function oauthProviders() {
  return {
    github: Boolean(env().AUTH_GITHUB_ID && env().AUTH_GITHUB_SECRET),
    google: Boolean(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET),
  };
}

const enabled = oauthProviders();

const nextAuth = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticateWithPassword(credentials, clientIp(request.headers));
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        if (result.reason === "rate_limited") throw new RateLimitedSignIn();
        return null;
      },
    }),
    // Emailed single-use links (lib/auth/magic-link.ts); the token is used up by this sign-in.
    Credentials({
      id: "magic-link",
      name: "Email link",
      credentials: { email: {}, token: {} },
      async authorize(credentials) {
        const user = await redeemMagicLink(credentials.email, credentials.token);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
    ...(enabled.github
      ? [
          GitHub({
            userinfo: { url: "https://api.github.com/user", request: githubProfileWithVerifiedEmail },
          }),
        ]
      : []),
    ...(enabled.google ? [Google] : []),
  ],
  callbacks: {
    ...authConfig.callbacks,
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return { ...session, sessionId: token.sid };
    },
    async jwt({ token, account, profile, trigger }) {
      // OAuth sign-ins map to a Minuta user by an email the provider verified; credentials
      // (password, email link) already carry our id.
      if (account && account.type !== "credentials") {
        const email = verifiedOAuthEmail(account.provider, profile);
        if (!email) throw new Error("The identity provider did not share a verified email address");
        const user = await linkOAuthAccount({
          email,
          name: profile?.name ?? token.name ?? null,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          type: account.type,
        });
        token.sub = user.id;
      }
      if ((trigger === "signIn" || trigger === "signUp") && token.sub)
        token.sid = await startSession(token.sub);
      return token;
    },
  },
  events: {
    // Log out ends this browser's session on the server too, so a copy of its cookie stops working.
    async signOut(message) {
      if ("token" in message) await endSession(message.token?.sid);
    },
  },
});

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The session of the request, or null, once its server-side record says it is still live (ended
 * by log out, log out everywhere, a new password or deleting the user). Checked here rather than
 * in the jwt callback so a database failure reaches the caller instead of reading as signed out.
 */
export async function auth(): Promise<Session | null> {
  const session = await nextAuth.auth();
  if (!session?.user) return null;
  return (await sessionIsLive(session.sessionId, session.user.id)) ? session : null;
}
