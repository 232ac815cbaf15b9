import { withPublicCors } from "@/lib/api/cors";
import { healthReport } from "@/lib/orchestration/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await healthReport();
  return withPublicCors(
    Response.json(report, {
      status: report.checks.db === "down" ? 503 : 200,
      headers: { "cache-control": "no-store" },
    }),
  );
}

export { publicCorsPreflight as OPTIONS } from "@/lib/api/cors";
