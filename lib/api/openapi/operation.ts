import type { z } from "zod";
import type { Scope } from "@/lib/api-keys/scopes";

export type ResponseDoc = {
  description: string;
  schema?: z.ZodType;
  /** The schema's media type. Default: application/json */
  contentType?: string;
  /** Further media types the same status answers with (null: no schema, e.g. a stream). */
  content?: Record<string, z.ZodType | null>;
  /** Response headers worth knowing, by name: what each holds. */
  headers?: Record<string, string>;
};

/**
 * What the OpenAPI document says about one operation besides what its handler declares. Scope,
 * path, query and JSON body schemas come from the handler's own `apiRoute({...})` options
 * (build-document.ts reads them); a field repeated here must match them, or the document test fails.
 */
export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  description?: string;
  responses: Record<number, ResponseDoc>;
  example?: string;
  /** A body the handler streams itself instead of a JSON body (an upload). */
  rawBody?: { contentType: string; schema: Record<string, unknown> };
  /** Served without authentication by a plain handler (not `apiRoute`). */
  public?: true;
  scope?: Scope | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
};
