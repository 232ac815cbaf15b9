"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { recapModeSchema, setRecapMode, setRecapSubscription } from "@/lib/email/recap-settings";

export const updateRecapMode = userAction(z.object({ mode: recapModeSchema }), async ({ mode }, user) => {
  await setRecapMode(user.id, mode);
  revalidatePath("/settings");
  return null;
});

export const updateRecapSubscription = userAction(
  z.object({ subscribed: z.boolean() }),
  async ({ subscribed }, user) => {
    await setRecapSubscription(user.id, subscribed);
    revalidatePath("/settings");
    return null;
  },
);
