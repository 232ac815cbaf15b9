import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { type UserRow, userRow } from "./rows";

type OAuthIdentity = {
  email: string;
  name: string | null;
  provider: string;
  providerAccountId: string;
  type: string;
};

/** Finds or creates the user for an OAuth identity and links the account, in one transaction. */
export async function linkOAuthAccount(identity: OAuthIdentity): Promise<UserRow> {
  return getSql().begin(async (tx) => {
    const now = new Date();
    const [user] = await tx<UserRow[]>`
      insert into users (email, name, email_verified) values (${identity.email}, ${identity.name}, ${now})
      on conflict (email) do update set email_verified = ${now}
      returning ${rowColumns(tx, userRow)}`;
    if (!user) throw new Error("Could not create the user for this sign-in");
    await tx`
      insert into accounts (user_id, provider, provider_account_id, type)
      values (${user.id}, ${identity.provider}, ${identity.providerAccountId}, ${identity.type})
      on conflict do nothing`;
    return user;
  });
}
