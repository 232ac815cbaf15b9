import { apiRoute, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { originOf } from "@/lib/kernel/http/app-url";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { createMeetingSchema, listMeetingsQuerySchema } from "@/lib/meetings/schemas";

export const POST = apiRoute(
  { scope: "meetings:write", body: createMeetingSchema },
  async ({ user, body, request }) => json(await createMeeting(user.id, body, originOf(request)), 201),
);

export const GET = apiRoute({ scope: "meetings:read", query: listMeetingsQuerySchema }, ({ user, query }) =>
  listMeetings(user.id, query),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
