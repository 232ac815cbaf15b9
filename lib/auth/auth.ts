import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { authConfig } from "@/lib/auth/auth.config";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { githubProfileWithVerifiedEmail, verifiedOAuthEmail } from "@/lib/auth/oauth-email";
import { redeemMagicLink } from "@/lib/email/redeem-magic-link";
import { linkOAuthAccount } from "@/lib/users/link-oauth-account";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export function oauthProviders() {
  return {
    github: Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET),
    google: Boolean(process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET),
  };
}

const enabled = oauthProviders();

export const { handlers, auth, signIn, signOut } = NextAuth({
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
    // Emailed single-use links (lib/email/magic-link.ts); the token is used up by this sign-in.
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
    async jwt({ token, account, profile }) {
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
      return token;
    },
  },
});
