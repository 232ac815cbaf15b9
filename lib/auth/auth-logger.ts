import { AuthError, type NextAuthConfig } from "next-auth";
import { logError, logWarn } from "@/lib/kernel/log";

/**
 * next-auth's errors in our log format. A cookie we can't read (expired secret, tampering, a
 * stale cookie from another app on localhost) is an ordinary request that ends signed out: one
 * line, no stack. A wrong password is ordinary too and the throttle keeps its own account.
 */
export const authLogger = {
  error(error: Error) {
    // Its `type`: a production build minifies class names, so `name` says nothing.
    const type = error instanceof AuthError ? error.type : error.name;
    if (type === "CredentialsSignin") return;
    if (type === "JWTSessionError") {
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      logWarn("unreadable session cookie ignored", {
        error: cause instanceof Error ? cause.message : error.message,
      });
      return;
    }
    logError("auth error", error);
  },
} satisfies NonNullable<NextAuthConfig["logger"]>;
