import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";
import { findUserById } from "@/lib/users/queries";

export type SessionUser = { id: string; email: string; name: string | null };

/**
 * The signed-in user, or null; a session whose user was deleted since counts as signed out. Once
 * per request: a page's layout, metadata and body each ask, and each asking costs the session
 * check and the user lookup.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !z.uuid().safeParse(id).success) return null;
  const user = await findUserById(id);
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
});

/** The signed-in user; sends anyone else to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
