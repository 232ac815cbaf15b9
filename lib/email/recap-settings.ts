import { getSql } from "@/lib/kernel/db/client";
import { type RecapMode, recapModeSchema } from "@/lib/users/rows";
import { resubscribeEmail, unsubscribedAmong, unsubscribeEmail } from "./unsubscribe";

export { recapModeSchema };

export type EmailPreferences = { email: string; recapMode: RecapMode; unsubscribed: boolean };

export async function getEmailPreferences(userId: string): Promise<EmailPreferences> {
  const [user] = await getSql()<{ email: string; recap_mode: RecapMode }[]>`
    select email, recap_mode from users where id = ${userId}`;
  if (!user) throw new Error("No such user");
  const unsubscribed = (await unsubscribedAmong([user.email])).has(user.email);
  return { email: user.email, recapMode: user.recap_mode, unsubscribed };
}

export async function setRecapMode(userId: string, mode: RecapMode): Promise<void> {
  await getSql()`update users set recap_mode = ${recapModeSchema.parse(mode)}, updated_at = now() where id = ${userId}`;
}

/** Unsubscribes the user's own address from every recap, or subscribes it again. */
export async function setRecapSubscription(userId: string, subscribed: boolean): Promise<void> {
  const { email } = await getEmailPreferences(userId);
  if (subscribed) await resubscribeEmail(email);
  else await unsubscribeEmail(email);
}
