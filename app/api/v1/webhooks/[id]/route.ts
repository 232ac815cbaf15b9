import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { deleteWebhook } from "@/lib/webhooks/manage-webhooks";
import { webhookParams } from "@/lib/webhooks/schemas";

export const DELETE = apiRoute({ scope: "webhooks", params: webhookParams }, async ({ user, params }) => {
  await deleteWebhook(user.id, params.id);
  return new Response(null, { status: 204 });
});

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, POST, PUT, PATCH } = methodNotAllowed("DELETE");
