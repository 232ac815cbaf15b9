import type { WebhookEventType } from "./rows";

export const WEBHOOK_EVENTS = [
  "meeting.ready",
  "meeting.failed",
  "action_item.created",
] as const satisfies readonly WebhookEventType[];

export type { WebhookEventType };
