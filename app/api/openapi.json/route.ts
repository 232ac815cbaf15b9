import { withPublicCors } from "@/lib/api/cors";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import { API_ROUTES } from "./api-routes";

// Built once at build time. No OPTIONS export: it would make the route dynamic, and a plain GET
// needs no preflight.
export const dynamic = "force-static";

export function GET() {
  return withPublicCors(Response.json(buildOpenApiDocument(API_ROUTES)));
}
