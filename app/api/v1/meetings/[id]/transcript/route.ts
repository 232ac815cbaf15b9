import { apiRoute, idParams } from "@/lib/api/api-route";
import { exportTranscriptResponse } from "@/lib/meetings/export-transcript";
import { listSegments } from "@/lib/meetings/segments";
import { transcriptQuerySchema } from "@/lib/meetings/transcript-query";

export const GET = apiRoute(
  { scope: "meetings:read", params: idParams, query: transcriptQuerySchema },
  ({ user, params, query }) =>
    query.format
      ? exportTranscriptResponse(user.id, params.id, query.format)
      : listSegments(user.id, params.id, query),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";
