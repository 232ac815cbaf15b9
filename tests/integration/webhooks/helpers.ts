import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { recordActionItemsCreated } from "@/lib/action-items/action-item-events";
import { getSql } from "@/lib/kernel/db/client";
import { recordMeetingEvent } from "@/lib/meetings/meeting-events";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { call } from "@/tests/support/api";

// Webhook secrets are encrypted under a key derived from AUTH_SECRET.
process.env.AUTH_SECRET ||= randomBytes(32).toString("hex");

export const ALL_EVENTS = ["meeting.ready", "meeting.failed", "action_item.created"];

export async function registerWebhook(key: string, url: string, events: string[] = ALL_EVENTS) {
  const created = await call(webhooksRoute.POST, "POST", "/api/v1/webhooks", { key, json: { url, events } });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; url: string; events: string[]; secret: string };
}

export async function createMeeting(key: string, json: Record<string, unknown> = { title: "Weekly sync" }) {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", { key, json });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string };
}

/** Records an event in a transaction of its own (the app records it in the one making the change). */
export async function dispatch(type: WebhookEventType, ref: { meetingId: string; actionItemId?: string }) {
  return getSql().begin((tx) =>
    type === "action_item.created"
      ? recordActionItemsCreated(tx, ref.meetingId, [ref.actionItemId ?? ""])
      : recordMeetingEvent(tx, ref.meetingId, type),
  );
}

/** Brings a delivery's next attempt forward to now, as if its wait had passed. */
export async function makeDue(deliveryId: string) {
  await getSql()`update webhook_deliveries set next_attempt_at = now() where id = ${deliveryId}`;
}

export type DeliveryRow = {
  id: string;
  webhook_id: string;
  status: string;
  attempts: number;
  series: number;
  series_attempts: number;
  lease_until: Date | null;
  event_key: string | null;
  last_response_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  next_attempt_at: Date | null;
};

export async function deliveriesOf(webhookId: string): Promise<DeliveryRow[]> {
  return getSql()<DeliveryRow[]>`
    select id, webhook_id, status, attempts, series, series_attempts, lease_until, event_key,
           last_response_code, last_error, delivered_at, next_attempt_at
    from webhook_deliveries where webhook_id = ${webhookId} order by created_at, id`;
}

export async function onlyDelivery(webhookId: string): Promise<DeliveryRow> {
  const rows = await deliveriesOf(webhookId);
  expect(rows).toHaveLength(1);
  return rows[0] as DeliveryRow;
}

export type AttemptRow = {
  number: number;
  series: number;
  outcome: string | null;
  response_code: number | null;
  finished_at: Date | null;
};

export async function attemptsOf(deliveryId: string): Promise<AttemptRow[]> {
  return getSql()<AttemptRow[]>`
    select number, series, outcome, response_code, finished_at
    from webhook_delivery_attempts where delivery_id = ${deliveryId} order by number`;
}

/** The queue's jobs for one delivery that are still to run (or running). */
export async function liveJobsOf(deliveryId: string) {
  return getSql()<{ state: string; start_after: Date }[]>`
    select state, start_after from pgboss.job
    where name = 'webhook' and singleton_key = ${deliveryId} and state in ('created', 'retry', 'active')`;
}
