import { z } from "zod";
import { queueWatchlistRescan } from "@/lib/insights/rescan-watchlist";
import { getSql } from "@/lib/kernel/db/client";

export const watchlistSchema = z
  .array(z.string().trim().min(1).max(60))
  .max(50, { message: "at most 50 terms" })
  .transform((terms) => [...new Map(terms.map((term) => [term.toLowerCase(), term])).values()]);

/**
 * The keywords a user wants spotted in every meeting (its "watchlist hits"). Saving them re-scans
 * the user's existing meetings, so their hits follow without a Regenerate.
 */
export async function saveWatchlist(userId: string, input: unknown): Promise<string[]> {
  const terms = watchlistSchema.parse(input);
  await getSql()`update users set watchlist = ${terms}::text[], updated_at = ${new Date()} where id = ${userId}`;
  await queueWatchlistRescan(userId);
  return terms;
}

export async function getWatchlist(userId: string): Promise<string[]> {
  const [row] = await getSql()<{ watchlist: string[] }[]>`select watchlist from users where id = ${userId}`;
  return row?.watchlist ?? [];
}
