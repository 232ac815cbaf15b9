import { isResendable } from "./delivery-state";
import type { WebhookEventType } from "./events";
import type {
  WebhookAttemptOutcome,
  WebhookDeliveryAttemptRow,
  WebhookDeliveryRow,
  WebhookRow,
} from "./rows";

export type WebhookJson = { id: string; url: string; events: WebhookEventType[]; createdAt: string };

export type DeliveryAttemptJson = {
  /** 1, 2, … over the delivery's life. */
  number: number;
  /** 1 for the first sending; each resend starts the next series. */
  series: number;
  startedAt: string;
  finishedAt: string | null;
  /** null while the attempt is running. */
  outcome: WebhookAttemptOutcome | null;
  responseCode: number | null;
  error: string | null;
};

export type WebhookDeliveryJson = {
  id: string;
  webhookId: string;
  type: WebhookEventType;
  status: WebhookDeliveryRow["status"];
  /** Every attempt ever made, resends included. */
  attempts: number;
  resends: number;
  lastResponseCode: number | null;
  lastError: string | null;
  /** When the next attempt is scheduled, while the delivery is pending. */
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  /** Whether it can be sent again now (finished, or stuck with nothing sending it). */
  resendable: boolean;
  /** The most recent attempts, oldest first. */
  attemptHistory: DeliveryAttemptJson[];
};

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
