import { apiRoute, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { resendDelivery } from "@/lib/webhooks/deliveries";
import { deliveryParams } from "@/lib/webhooks/schemas";

export const POST = apiRoute({ scope: "webhooks", params: deliveryParams }, async ({ user, params }) =>
  json(await resendDelivery(user.id, params.id, params.deliveryId), 202),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
