import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/kernel/errors";
import { logError } from "@/lib/kernel/log";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; field?: string };

async function run<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.message, field: error.details.errors?.[0]?.path };
    logError("server action failed", error);
    return { ok: false, error: "unknown" };
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): ActionResult<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue?.message ?? "invalid", field: issue?.path.join(".") };
}

/** A server action open to anyone: input parsed with zod, domain errors turned into a result. */
export function publicAction<S extends z.ZodType, T>(schema: S, body: (input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = parse(schema, input);
    if (!parsed.ok) return parsed;
    return run(() => body(parsed.data));
  };
}

/** A server action for signed-in users only; the body receives the user it must scope every query to. */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.infer<S>, user: SessionUser) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await currentUser();
    if (!user) return { ok: false, error: "unauthorized" };
    const parsed = parse(schema, input);
    if (!parsed.ok) return parsed;
    return run(() => body(parsed.data, user));
  };
}
