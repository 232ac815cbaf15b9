import { z } from "zod";
import { pageQuerySchema } from "@/lib/kernel/cursor";
import { WEBHOOK_EVENTS } from "./events";
import { privateTargetsAllowed } from "./ssrf";

export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2048, { message: "must be at most 2048 characters" })
  .pipe(z.url({ message: "must be a URL" }))
  .superRefine((value, ctx) => {
    // Zod runs refinements after a failed format check too; that failure is already reported.
    if (!URL.canParse(value)) return;
    const url = new URL(value);
    const allowed = privateTargetsAllowed() ? ["https:", "http:"] : ["https:"];
    if (!allowed.includes(url.protocol)) ctx.addIssue({ code: "custom", message: "must use https" });
    if (url.username || url.password)
      ctx.addIssue({ code: "custom", message: "must not contain credentials" });
  });

export const createWebhookSchema = z.object({
  url: webhookUrlSchema,
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1, { message: "choose at least one event" })
    .max(WEBHOOK_EVENTS.length * 2)
    .transform((events) => [...new Set(events)]),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const webhookParams = z.object({ id: z.uuid({ message: "must be a UUID" }) });
export const deliveryParams = webhookParams.extend({ deliveryId: z.uuid({ message: "must be a UUID" }) });
export const listQuerySchema = pageQuerySchema;
