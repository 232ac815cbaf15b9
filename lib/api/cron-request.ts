import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/kernel/env";
import { AppError } from "@/lib/kernel/errors";

const same = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * A scheduler's call (Vercel Cron sends `Authorization: Bearer $CRON_SECRET`). Without CRON_SECRET
 * the cron routes don't exist (404): a deployment with a long-lived worker needs none, and nobody
 * can make one run work on request.
 */
export function assertCronRequest(request: Request): void {
  const secret = env().CRON_SECRET;
  if (!secret) throw new AppError("not_found", "There is nothing here: CRON_SECRET is not set.");
  if (!same(request.headers.get("authorization") ?? "", `Bearer ${secret}`)) {
    throw new AppError("unauthorized", "A scheduler's call needs Authorization: Bearer with CRON_SECRET.");
  }
}
