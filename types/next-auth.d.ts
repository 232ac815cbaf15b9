import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The id of the server-side session record (lib/auth/user-sessions.ts). */
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The server-side session this cookie belongs to (lib/auth/user-sessions.ts). */
    sid?: string;
  }
}
