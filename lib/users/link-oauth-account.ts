import { getDb } from "@/lib/kernel/db/client";
import { accounts, type User, users } from "@/lib/kernel/db/schema";

type OAuthIdentity = {
  email: string;
  name: string | null;
  provider: string;
  providerAccountId: string;
  type: string;
};

/** Finds or creates the user for an OAuth identity and links the account, in one transaction. */
export async function linkOAuthAccount(identity: OAuthIdentity): Promise<User> {
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: identity.email, name: identity.name, emailVerified: new Date() })
      .onConflictDoUpdate({ target: users.email, set: { emailVerified: new Date() } })
      .returning();
    if (!user) throw new Error("Could not create the user for this sign-in");
    await tx
      .insert(accounts)
      .values({
        userId: user.id,
        provider: identity.provider,
        providerAccountId: identity.providerAccountId,
        type: identity.type,
      })
      .onConflictDoNothing();
    return user;
  });
}
