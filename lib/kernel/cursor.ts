import { z } from "zod";
import { AppError } from "@/lib/kernel/errors";
import { dateTimeString } from "./dates";

/** Opaque paging cursors: base64url JSON, validated on the way back in. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(
  cursor: string | undefined,
  schema: S,
): z.infer<S> | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("validation", "The cursor is not valid.", {
      errors: [{ path: "cursor", message: "not a cursor returned by this API" }],
    });
  }
}

export const pageQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

/** The keyset cursor of lists ordered by creation time, newest first, ties broken by id. */
export const createdAtCursorSchema = z.object({ c: dateTimeString, i: z.uuid() });
