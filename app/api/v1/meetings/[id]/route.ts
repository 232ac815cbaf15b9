import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { getMeetingJson } from "@/lib/meetings/get-meeting";
import { updateMeetingSchema } from "@/lib/meetings/schemas";
import { updateMeeting } from "@/lib/meetings/update-meeting";

export const GET = apiRoute({ scope: "meetings:read", params: idParams }, ({ user, params }) =>
  getMeetingJson(user.id, params.id),
);

export const PATCH = apiRoute(
  { scope: "meetings:write", params: idParams, body: updateMeetingSchema },
  ({ user, params, body }) => updateMeeting(user.id, params.id, body),
);

export const DELETE = apiRoute({ scope: "meetings:write", params: idParams }, async ({ user, params }) => {
  await deleteMeeting(user.id, params.id);
  return new Response(null, { status: 204 });
});

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT } = methodNotAllowed("GET", "PATCH", "DELETE");
