import { eq } from "drizzle-orm";
import { getDb, getSql } from "@/lib/kernel/db/client";
import { type User, users } from "@/lib/kernel/db/schema";

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user;
}

export async function findUserById(id: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

/** Whether the account was made by open sign-up and its owner has yet to follow the emailed link. */
export async function awaitsConfirmation(id: string): Promise<boolean> {
  const [row] = await getSql()<{ waiting: boolean }[]>`
    select awaiting_confirmation as waiting from users where id = ${id}`;
  return row?.waiting === true;
}
