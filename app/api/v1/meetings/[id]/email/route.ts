import { apiRoute, idParams, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { sendRecap, sendRecapBodySchema } from "@/lib/email/send-recap";
import { originOf } from "@/lib/kernel/http/app-url";

export const POST = apiRoute(
  {
    scope: "email",
    params: idParams,
    body: sendRecapBodySchema.optional().default({}),
    bodyOptional: true,
    bodyLimit: 64 * 1024,
  },
  async ({ user, params, body, request }) =>
    json(await sendRecap(user.id, params.id, body.to, originOf(request)), 202),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
