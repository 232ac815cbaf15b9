import { apiRoute, idParams, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { completeSignedUpload, completeUploadSchema } from "@/lib/ingest/signed-upload";

// A 50 MB transcript is downloaded from storage and parsed before the answer.
export const maxDuration = 300;

export const POST = apiRoute(
  { scope: "meetings:write", params: idParams, body: completeUploadSchema },
  async ({ user, params, body }) => {
    const result = await completeSignedUpload(user.id, params.id, body.key, body.fileName);
    return json(result.meeting, result.kind === "transcript" ? 201 : 202);
  },
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
