import { apiRoute, idParams, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { ingestUpload } from "@/lib/ingest/ingest-upload";

// Uploads stream to disk as they arrive; allow the time a 2 GB file takes.
export const maxDuration = 3600;

export const POST = apiRoute(
  { scope: "meetings:write", params: idParams },
  async ({ user, params, request }) => {
    const result = await ingestUpload(user.id, params.id, request);
    return json(result.meeting, result.kind === "transcript" ? 201 : 202);
  },
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
