import { apiRoute, idParams, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { createSignedUpload } from "@/lib/ingest/signed-upload";

export const POST = apiRoute({ scope: "meetings:write", params: idParams }, async ({ user, params }) =>
  json(await createSignedUpload(user.id, params.id), 201),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
