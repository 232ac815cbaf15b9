import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { appendSegments, appendSegmentsSchema } from "@/lib/meetings/live-segments";

export const POST = apiRoute(
  { scope: "meetings:write", params: idParams, body: appendSegmentsSchema, bodyLimit: 25 * 1024 * 1024 },
  ({ user, params, body }) => appendSegments(user.id, params.id, body),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
