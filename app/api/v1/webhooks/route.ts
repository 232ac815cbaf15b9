import { apiRoute, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { createWebhook, listWebhooks } from "@/lib/webhooks/manage-webhooks";
import { createWebhookSchema, listQuerySchema } from "@/lib/webhooks/schemas";

export const GET = apiRoute({ scope: "webhooks", query: listQuerySchema }, ({ user, query }) =>
  listWebhooks(user.id, query),
);

export const POST = apiRoute({ scope: "webhooks", body: createWebhookSchema }, async ({ user, body }) =>
  json(await createWebhook(user.id, body), 201),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
