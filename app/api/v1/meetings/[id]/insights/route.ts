import { apiRoute, idParams, json } from "@/lib/api/api-route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { getInsights } from "@/lib/insights/get-insights";
import { reanalyze, reanalyzeSchema } from "@/lib/insights/reanalyze";

export const GET = apiRoute({ scope: "meetings:read", params: idParams }, ({ user, params }) =>
  getInsights(user.id, params.id),
);

export const POST = apiRoute(
  {
    scope: "meetings:write",
    params: idParams,
    body: reanalyzeSchema.optional().default({}),
    bodyOptional: true,
  },
  async ({ user, params, body }) => json(await reanalyze(user.id, params.id, body), 202),
);

export { corsPreflight as OPTIONS } from "@/lib/api/cors";

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
