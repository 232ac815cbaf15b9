import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildOpenApiDocument());
}
