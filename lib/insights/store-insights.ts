import type { TransactionSql } from "postgres";
import type { Insights } from "./types";

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Writes a fresh analysis inside the caller's transaction: the insights row is replaced; action
 * items the user touched (edited, completed or added by hand) stay, the rest are replaced.
 */
export async function storeInsights(
  sql: TransactionSql,
  meeting: { id: string; ownerId: string },
  result: Insights,
  note: string | null,
): Promise<string[]> {
  await sql`
    insert into insights (meeting_id, summary, key_points, decisions, questions, keywords, watchlist_hits, talk_time, engine, model, template, note)
    values (${meeting.id}, ${result.summary}, ${sql.json(result.keyPoints)}, ${sql.json(result.decisions)}, ${sql.json(result.questions)},
      ${sql.json(result.keywords)}, ${sql.json(result.watchlistHits)}, ${sql.json(result.talkTime)}, ${result.engine}, ${result.model ?? null},
      ${result.template}, ${note})
    on conflict (meeting_id) do update set
      summary = excluded.summary, key_points = excluded.key_points, decisions = excluded.decisions, questions = excluded.questions,
      keywords = excluded.keywords, watchlist_hits = excluded.watchlist_hits, talk_time = excluded.talk_time,
      engine = excluded.engine, model = excluded.model, template = excluded.template, note = excluded.note,
      version = insights.version + 1, updated_at = now()`;
  await sql`delete from action_items where meeting_id = ${meeting.id} and origin = 'extracted' and not edited and not done`;
  const kept = await sql<{ text: string }[]>`select text from action_items where meeting_id = ${meeting.id}`;
  const keptTexts = new Set(kept.map((row) => normalise(row.text)));
  const created: string[] = [];
  for (const item of result.actionItems) {
    if (keptTexts.has(normalise(item.text))) continue;
    keptTexts.add(normalise(item.text));
    const [row] = await sql<{ id: string }[]>`
      insert into action_items (meeting_id, owner_id, text, owner, due_date, seq)
      values (${meeting.id}, ${meeting.ownerId}, ${item.text.slice(0, 1000)}, ${item.owner?.slice(0, 100) ?? null}, ${item.dueDate}, ${item.seq})
      returning id`;
    if (row) created.push(row.id);
  }
  return created;
}
