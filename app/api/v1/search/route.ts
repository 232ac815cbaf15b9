import { apiRoute } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { searchQuerySchema, searchTranscripts } from "@/lib/search/search-transcripts";

export const GET = apiRoute({ scope: "meetings:read", query: searchQuerySchema }, ({ user, query }) =>
  searchTranscripts(user.id, query),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
