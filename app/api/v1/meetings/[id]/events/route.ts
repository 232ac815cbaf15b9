import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { meetingEventStream } from "@/lib/insights/meeting-event-stream";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ scope: "meetings:read", params: idParams }, ({ user, params, request }) =>
  meetingEventStream(user.id, params.id, request),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
