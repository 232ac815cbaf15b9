import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";

export async function findUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user;
}

export async function findUserById(id: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}
