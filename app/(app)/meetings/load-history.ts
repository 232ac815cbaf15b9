import { ZodError } from "zod";
import { isAppError } from "@/lib/kernel/errors";
import { logError } from "@/lib/kernel/log";

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: "invalid" | "failed" };

/**
 * Runs one history query for the page: a request that can't be run (a bad filter, cursor or
 * search) is "invalid"; anything else is logged and "failed", shown with a retry instead of an
 * empty list.
 */
export async function loadHistory<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof ZodError || (isAppError(error) && error.status < 500))
      return { ok: false, problem: "invalid" };
    logError("could not load the meeting history", error);
    return { ok: false, problem: "failed" };
  }
}
