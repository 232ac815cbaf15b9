import { apiRoute, idParams } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { exportTranscriptResponse } from "@/lib/insights/export-transcript";
import { listSegments } from "@/lib/meetings/segments";
import { transcriptQuerySchema } from "@/lib/meetings/transcript-query";

export const GET = apiRoute(
  { scope: "meetings:read", params: idParams, query: transcriptQuerySchema },
  ({ request, user, params, query }) =>
    query.format
      ? exportTranscriptResponse(user.id, params.id, query.format, request.headers)
      : listSegments(user.id, params.id, query),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
