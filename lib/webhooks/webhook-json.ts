import { isResendable } from "./delivery-state";
import type { WebhookDeliveryAttemptRow, WebhookDeliveryRow, WebhookRow } from "./rows";
import type { DeliveryAttemptJson, WebhookDeliveryJson, WebhookJson } from "./schemas";

// The types come from the schemas the OpenAPI document shows (./schemas.ts).
export type { DeliveryAttemptJson, WebhookDeliveryJson, WebhookJson };

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toWebhookJson(row: WebhookRow): WebhookJson {
  return { id: row.id, url: row.url, events: row.events, createdAt: row.createdAt.toISOString() };
}

function toAttemptJson(row: WebhookDeliveryAttemptRow): DeliveryAttemptJson {
  return {
    number: row.number,
    series: row.series,
    startedAt: row.startedAt.toISOString(),
    finishedAt: iso(row.finishedAt),
    outcome: row.outcome,
    responseCode: row.responseCode,
    error: row.error,
  };
}

export function toDeliveryJson(
  row: WebhookDeliveryRow,
  history: WebhookDeliveryAttemptRow[],
  now: Date,
): WebhookDeliveryJson {
  return {
    id: row.id,
    webhookId: row.webhookId,
    type: row.eventType,
    status: row.status,
    attempts: row.attempts,
    resends: row.series - 1,
    lastResponseCode: row.lastResponseCode,
    lastError: row.lastError,
    nextAttemptAt: row.status === "pending" ? iso(row.nextAttemptAt) : null,
    lastAttemptAt: iso(row.lastAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
    resendable: isResendable(row, now),
    attemptHistory: history.map(toAttemptJson),
  };
}
