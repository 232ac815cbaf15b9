import {
  createdWebhookSchema,
  createWebhookSchema,
  deliveryParams,
  deliverySchema,
  listQuerySchema,
  webhookParams,
  webhookSchema,
} from "@/lib/webhooks/schemas";
import type { Operation } from "./operation";
import { listOf } from "./response-schemas";

// The webhooks rows of the OpenAPI document; operations.ts spreads them into its list.

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
      201: { description: "Created", schema: createdWebhookSchema },
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
