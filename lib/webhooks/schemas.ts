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

// What the API answers about webhooks: the serializers (./webhook-json.ts) return these types and
// lib/api/openapi documents these schemas.

/** A registered endpoint. */
export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.url(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  createdAt: z.iso.datetime(),
});
export type WebhookJson = z.infer<typeof webhookSchema>;

/** DESIGN §5: POST /api/v1/webhooks → 201 `{ id, url, events, secret }`; the secret is shown this once. */
export const createdWebhookSchema = webhookSchema
  .omit({ createdAt: true })
  .extend({ secret: z.string().describe("whsec_…, shown only in this answer") });
export type CreatedWebhook = z.infer<typeof createdWebhookSchema>;

/** One attempt to deliver an event. */
export const deliveryAttemptSchema = z.object({
  number: z.number().int().describe("1, 2, … over the delivery's life"),
  series: z.number().int().describe("1 for the first sending; each resend starts the next series"),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  outcome: z.enum(["succeeded", "failed", "interrupted"]).nullable().describe("null while running"),
  responseCode: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type DeliveryAttemptJson = z.infer<typeof deliveryAttemptSchema>;

/** One event sent (or being sent) to an endpoint, with its latest attempts. */
export const deliverySchema = z.object({
  id: z.uuid().describe("Also the `webhook-id` header of every attempt"),
  webhookId: z.uuid(),
  type: z.enum(WEBHOOK_EVENTS),
  status: z.enum(["pending", "sending", "succeeded", "failed"]),
  attempts: z.number().int().describe("Every attempt made, resends included"),
  resends: z.number().int(),
  lastResponseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable().describe("When a pending delivery is tried next"),
  lastAttemptAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  resendable: z.boolean().describe("Finished, or stuck with nothing sending it: it can be resent now"),
  attemptHistory: z.array(deliveryAttemptSchema).describe("The latest 20 attempts, oldest first"),
});
export type WebhookDeliveryJson = z.infer<typeof deliverySchema>;
