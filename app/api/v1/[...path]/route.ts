import { randomUUID } from "node:crypto";
import { corsPreflight, withCors } from "@/lib/api/cors";
import { problemResponse } from "@/lib/api/problem";
import { AppError } from "@/lib/kernel/errors";

// Any /api/v1 path no route serves answers in the API's one error shape, not Next's HTML page.
async function unknownPath(request: Request): Promise<Response> {
  const error = new AppError(
    "not_found",
    `There is no ${new URL(request.url).pathname} in API v1; see /docs.`,
  );
  return withCors(request, problemResponse(error, randomUUID()));
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
export const OPTIONS = corsPreflight;
