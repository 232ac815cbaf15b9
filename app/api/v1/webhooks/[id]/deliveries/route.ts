import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { listDeliveries } from "@/lib/webhooks/deliveries";
import { listQuerySchema, webhookParams } from "@/lib/webhooks/schemas";

export const GET = apiRoute(
  { scope: "webhooks", params: webhookParams, query: listQuerySchema },
  ({ user, params, query }) => listDeliveries(user.id, params.id, query),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
