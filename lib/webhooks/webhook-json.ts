import type { WebhookDeliveryRow, WebhookRow } from "@/lib/db/schema";
import type { WebhookEventType } from "./events";

export type WebhookJson = { id: string; url: string; events: WebhookEventType[]; createdAt: string };

export type WebhookDeliveryJson = {
  id: string;
  webhookId: string;
  type: WebhookEventType;
  status: WebhookDeliveryRow["status"];
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toWebhookJson(row: WebhookRow): WebhookJson {
  return { id: row.id, url: row.url, events: row.events, createdAt: row.createdAt.toISOString() };
}

export function toDeliveryJson(row: WebhookDeliveryRow): WebhookDeliveryJson {
  return {
    id: row.id,
    webhookId: row.webhookId,
    type: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastResponseCode: row.lastResponseCode,
    lastError: row.lastError,
    nextAttemptAt: row.status === "pending" ? iso(row.nextAttemptAt) : null,
    lastAttemptAt: iso(row.lastAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
  };
}
