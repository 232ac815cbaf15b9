import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { mediaResponse } from "@/lib/meetings/media";

export const GET = apiRoute(
  { scope: "meetings:read", params: idParams },
  ({ user, params, request, requestId }) =>
    mediaResponse(user.id, params.id, request.headers.get("range"), requestId),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
