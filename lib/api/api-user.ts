import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { auth } from "@/lib/auth/auth";
import { AppError } from "@/lib/errors";
import { SCOPES, type Scope } from "./scopes";

export type ApiUser = {
  id: string;
  email: string;
  via: "session" | "api_key";
  scopes: readonly Scope[];
  keyId?: string;
};

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
  if (!session?.user?.id || !session.user.email) {
    throw new AppError("unauthorized", "Sign in, or send `Authorization: Bearer <api key>`.");
  }
  return { id: session.user.id, email: session.user.email, via: "session", scopes: SCOPES };
}
