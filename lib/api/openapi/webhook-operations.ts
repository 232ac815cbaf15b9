import { z } from "zod";
import type { Operation } from "@/lib/api/openapi/operations";
import { listOf } from "@/lib/api/openapi/response-schemas";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { createWebhookSchema, deliveryParams, listQuerySchema, webhookParams } from "@/lib/webhooks/schemas";

// The webhooks rows of the OpenAPI document; operations.ts spreads them into its list.

const webhookSchema = z.object({
  id: z.uuid(),
  url: z.url(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  createdAt: z.iso.datetime(),
});

const attemptSchema = z.object({
  number: z.number().int().describe("1, 2, … over the delivery's life"),
  series: z.number().int().describe("1 for the first sending; each resend starts the next series"),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  outcome: z.enum(["succeeded", "failed", "interrupted"]).nullable().describe("null while running"),
  responseCode: z.number().int().nullable(),
  error: z.string().nullable(),
});

const deliverySchema = z.object({
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
  attemptHistory: z.array(attemptSchema).describe("The latest 20 attempts, oldest first"),
});

const WEBHOOK = "/api/v1/webhooks/{id}";

export const webhookOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/webhooks",
    scope: "webhooks",
    summary: "List webhooks",
    query: listQuerySchema,
    responses: { 200: { description: "OK", schema: listOf(webhookSchema) } },
  },
  {
    method: "post",
    path: "/api/v1/webhooks",
    scope: "webhooks",
    summary: "Register a webhook endpoint",
    description:
      "Deliveries follow the Standard Webhooks specification: headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>` keyed with the base64 part of the `whsec_` secret); body `{ type, timestamp, data }`. The secret is shown only in this answer. The URL must be https and resolve to public addresses.",
    body: createWebhookSchema,
    responses: {
      201: {
        description: "Created",
        schema: webhookSchema.omit({ createdAt: true }).extend({ secret: z.string() }),
      },
    },
    example: `curl -X POST $MINUTA/api/v1/webhooks -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \\\n  -d '{"url":"https://example.com/minuta","events":["meeting.ready"]}'`,
  },
  {
    method: "delete",
    path: WEBHOOK,
    scope: "webhooks",
    summary: "Delete a webhook; nothing more is sent to it",
    params: webhookParams,
    responses: { 204: { description: "Deleted" } },
  },
  {
    method: "get",
    path: `${WEBHOOK}/deliveries`,
    scope: "webhooks",
    summary: "A webhook's deliveries, newest first",
    params: webhookParams,
    query: listQuerySchema,
    responses: { 200: { description: "OK", schema: listOf(deliverySchema) } },
  },
  {
    method: "post",
    path: `${WEBHOOK}/deliveries/{deliveryId}/resend`,
    scope: "webhooks",
    summary: "Send a finished (or stuck) delivery again, as a new series of attempts",
    description:
      "Failed attempts are retried about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h apart (8 attempts over about a day). A resend starts that schedule again; earlier attempts stay in `attemptHistory`. A delivery still queued or being sent answers 409.",
    params: deliveryParams,
    responses: { 202: { description: "Queued", schema: deliverySchema } },
  },
];
