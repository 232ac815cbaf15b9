import { apiRoute, idParams, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { endMeeting } from "@/lib/meetings/live-segments";

export const POST = apiRoute({ scope: "meetings:write", params: idParams }, async ({ user, params }) =>
  json(await endMeeting(user.id, params.id), 202),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
