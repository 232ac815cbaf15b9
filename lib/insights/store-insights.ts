import type { TransactionSql } from "postgres";
import type { Reason } from "@/lib/kernel/reasons";
import { syncActionItems } from "./sync-action-items";
import type { Insights } from "./types";

/**
 * Writes a fresh analysis inside the caller's transaction: the insights row is replaced and the
 * action items are brought in line with it, keeping their ids (see syncActionItems). Returns the
 * ids of the action items that are new.
 */
export async function storeInsights(
  sql: TransactionSql,
  meeting: { id: string; ownerId: string },
  result: Insights,
  note: Reason | null,
): Promise<string[]> {
  await sql`
    insert into insights (meeting_id, summary, key_points, decisions, questions, keywords, watchlist_hits, talk_time, engine, model, template, note)
    values (${meeting.id}, ${result.summary}, ${sql.json(result.keyPoints)}, ${sql.json(result.decisions)}, ${sql.json(result.questions)},
      ${sql.json(result.keywords)}, ${sql.json(result.watchlistHits)}, ${sql.json(result.talkTime)}, ${result.engine}, ${result.model ?? null},
      ${result.template}, ${note ? sql.json(note) : null})
    on conflict (meeting_id) do update set
      summary = excluded.summary, key_points = excluded.key_points, decisions = excluded.decisions, questions = excluded.questions,
      keywords = excluded.keywords, watchlist_hits = excluded.watchlist_hits, talk_time = excluded.talk_time,
      engine = excluded.engine, model = excluded.model, template = excluded.template, note = excluded.note,
      version = insights.version + 1, updated_at = now()`;
  return syncActionItems(sql, meeting, result.actionItems);
}
