import type { WebhookEventType } from "@/lib/kernel/db/schema";

export const WEBHOOK_EVENTS = [
  "meeting.ready",
  "meeting.failed",
  "action_item.created",
] as const satisfies readonly WebhookEventType[];

export type { WebhookEventType };
