import { z } from "zod";
import type { ApiUser } from "@/lib/api-keys/api-user";
import { SCOPES } from "@/lib/api-keys/scopes";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { auth } from "@/lib/auth/auth";
import { AppError } from "@/lib/kernel/errors";
import { findUserById } from "@/lib/users/queries";

export type { ApiUser };

const signInNeeded = () =>
  new AppError("unauthorized", "Sign in, or send `Authorization: Bearer <api key>`.");

/** The caller: a bearer API key when the Authorization header carries one, else the browser session. */
export async function authenticateRequest(request: Request): Promise<ApiUser> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1])
      throw new AppError("unauthorized", "The Authorization header must be `Bearer <api key>`.");
    const user = await verifyApiKey(match[1]);
    if (!user) throw new AppError("unauthorized", "The API key is not valid or has been revoked.");
    return user;
  }
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !z.uuid().safeParse(id).success) throw signInNeeded();
  // A session outlives its user (a signed cookie stays valid until it expires): check they still exist.
  const user = await findUserById(id);
  if (!user) throw signInNeeded();
  return { id: user.id, email: user.email, via: "session", scopes: SCOPES, sessionId: session.sessionId };
}
