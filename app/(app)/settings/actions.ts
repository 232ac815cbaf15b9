"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { createApiKey, createApiKeySchema, revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { signOut } from "@/lib/auth/auth";
import { endAllSessions } from "@/lib/auth/user-sessions";
import { saveWatchlist } from "@/lib/insights/watchlist";

export const createKey = userAction(createApiKeySchema, async (input, user) => {
  const created = await createApiKey(user.id, input);
  revalidatePath("/settings");
  return created;
});

export const revokeKey = userAction(z.object({ id: z.uuid() }), async ({ id }, user) => {
  await revokeApiKey(user.id, id);
  revalidatePath("/settings");
  return null;
});

export const updateWatchlist = userAction(
  z.object({ terms: z.string().max(5000) }),
  async ({ terms }, user) => {
    const saved = await saveWatchlist(
      user.id,
      terms
        .split(/[,\n]/)
        .map((term) => term.trim())
        .filter(Boolean),
    );
    revalidatePath("/settings");
    return saved;
  },
);

/** Ends every session of the user, this browser's included; the page then goes to the login page. */
export const logOutEverywhere = userAction(z.object({}), async (_input, user) => {
  await endAllSessions(user.id);
  await signOut({ redirect: false });
  return null;
});
