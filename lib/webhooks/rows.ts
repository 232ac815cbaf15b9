import { z } from "zod";

// The rows of the webhooks tables, as their queries read them (lib/kernel/db/row-shape.ts).

export const webhookEventTypeSchema = z.enum(["meeting.ready", "meeting.failed", "action_item.created"]);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;
export const webhookDeliveryStatusSchema = z.enum(["pending", "sending", "succeeded", "failed"]);
export type WebhookDeliveryStatus = z.infer<typeof webhookDeliveryStatusSchema>;
export const webhookAttemptOutcomeSchema = z.enum(["succeeded", "failed", "interrupted"]);
export type WebhookAttemptOutcome = z.infer<typeof webhookAttemptOutcomeSchema>;

export const webhookRow = z.object({
  id: z.string(),
  ownerId: z.string(),
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  secretEncrypted: z.string(),
  createdAt: z.date(),
});
export type WebhookRow = z.infer<typeof webhookRow>;

export const webhookDeliveryRow = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventType: webhookEventTypeSchema,
  payload: z.unknown(),
  status: webhookDeliveryStatusSchema,
  attempts: z.number(),
  lastResponseCode: z.number().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.date().nullable(),
  lastAttemptAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
  eventKey: z.string().nullable(),
  leaseUntil: z.date().nullable(),
  series: z.number(),
  seriesAttempts: z.number(),
});
export type WebhookDeliveryRow = z.infer<typeof webhookDeliveryRow>;

export const webhookDeliveryAttemptRow = z.object({
  deliveryId: z.string(),
  number: z.number(),
  series: z.number(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  outcome: webhookAttemptOutcomeSchema.nullable(),
  responseCode: z.number().nullable(),
  error: z.string().nullable(),
});
export type WebhookDeliveryAttemptRow = z.infer<typeof webhookDeliveryAttemptRow>;
