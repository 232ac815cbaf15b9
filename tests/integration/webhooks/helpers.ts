import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";
import { getSql } from "@/lib/db/client";
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

export type DeliveryRow = {
  id: string;
  webhook_id: string;
  status: string;
  attempts: number;
  last_response_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  next_attempt_at: Date | null;
};

export async function deliveriesOf(webhookId: string): Promise<DeliveryRow[]> {
  return getSql()<DeliveryRow[]>`
    select id, webhook_id, status, attempts, last_response_code, last_error, delivered_at, next_attempt_at
    from webhook_deliveries where webhook_id = ${webhookId} order by created_at, id`;
}

export async function onlyDelivery(webhookId: string): Promise<DeliveryRow> {
  const rows = await deliveriesOf(webhookId);
  expect(rows).toHaveLength(1);
  return rows[0] as DeliveryRow;
}
