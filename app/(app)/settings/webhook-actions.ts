"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { isAppError } from "@/lib/kernel/errors";
import { resendDelivery } from "@/lib/webhooks/deliveries";
import { createWebhook, deleteWebhook } from "@/lib/webhooks/manage-webhooks";
import { createWebhookSchema } from "@/lib/webhooks/schemas";

export const createWebhookAction = userAction(createWebhookSchema, async (input, user) => {
  const created = await createWebhook(user.id, input);
  revalidatePath("/settings");
  return created;
});

export const deleteWebhookAction = userAction(z.object({ id: z.uuid() }), async ({ id }, user) => {
  await deleteWebhook(user.id, id);
  revalidatePath("/settings");
  return null;
});

export const resendDeliveryAction = userAction(
  z.object({ webhookId: z.uuid(), deliveryId: z.uuid() }),
  async ({ webhookId, deliveryId }, user) => {
    try {
      await resendDelivery(user.id, webhookId, deliveryId);
    } catch (error) {
      // Someone (another tab, the retry schedule) got there first: not an error to show as one.
      if (isAppError(error) && error.code === "conflict") return { resent: false };
      throw error;
    }
    revalidatePath("/settings");
    return { resent: true };
  },
);
