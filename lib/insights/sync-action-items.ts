import type { TransactionSql } from "postgres";
import { fold } from "@/lib/kernel/text/fold";
import type { ExtractedActionItem } from "./types";

type StoredItem = {
  id: string;
  text: string;
  owner: string | null;
  due_date: string | null;
  seq: number | null;
  origin: "extracted" | "manual";
  edited: boolean;
  done: boolean;
};

// Two wordings of one commitment share most words ("Send the deck" / "Send the deck to Ana").
const SAME_TASK = 0.5;

const normalise = (text: string) => fold(text).replace(/\s+/g, " ").trim();
const wordsOf = (text: string) => new Set(normalise(text).match(/[\p{L}\p{N}]{2,}/gu) ?? []);

function similar(a: string, b: string): boolean {
  if (normalise(a) === normalise(b)) return true;
  const left = wordsOf(a);
  const right = wordsOf(b);
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  const union = left.size + right.size - shared;
  return union > 0 && shared / union >= SAME_TASK;
}

const sameTask = (item: ExtractedActionItem, stored: { seq: number | null; text: string }) =>
  stored.seq === item.seq && similar(stored.text, item.text);

/**
 * Brings a meeting's extracted action items in line with a fresh analysis, inside the caller's
 * transaction, so an item keeps its id across re-analyses (API clients store ids; webhooks fire
 * once per item). An extracted item matching a stored one (same segment, similar text) updates it
 * in place, unless the user edited or completed it: then it stays as the user left it. One the
 * user deleted stays deleted. Stored extracted items the analysis no longer finds go, unless the
 * user touched them. Returns the ids of the items that are new.
 */
export async function syncActionItems(
  sql: TransactionSql,
  meeting: { id: string; ownerId: string },
  extracted: readonly ExtractedActionItem[],
): Promise<string[]> {
  const stored = await sql<StoredItem[]>`
    select id, text, owner, due_date::text as due_date, seq, origin, edited, done
    from action_items where meeting_id = ${meeting.id} order by created_at, id`;
  const dismissed = await sql<{ seq: number | null; text: string }[]>`
    select seq, text from dismissed_action_items where meeting_id = ${meeting.id}`;
  const claimed = new Set<string>();
  const kept = (row: StoredItem) => row.origin === "manual" || row.edited || row.done;
  // What the user wrote or touched is never listed twice.
  const texts = new Set(stored.filter(kept).map((row) => normalise(row.text)));
  const created: string[] = [];
  for (const item of extracted) {
    const text = item.text.slice(0, 1000);
    const owner = item.owner?.slice(0, 100) ?? null;
    const candidates = stored.filter((row) => row.origin === "extracted" && !claimed.has(row.id));
    const match =
      candidates.find((row) => row.seq === item.seq && normalise(row.text) === normalise(text)) ??
      candidates.find((row) => sameTask(item, row));
    if (match) {
      claimed.add(match.id);
      const changed = match.text !== text || match.owner !== owner || match.due_date !== item.dueDate;
      if (changed && !match.edited && !match.done) {
        await sql`
          update action_items set text = ${text}, owner = ${owner}, due_date = ${item.dueDate}, updated_at = now()
          where id = ${match.id}`;
        texts.add(normalise(text));
      }
      continue;
    }
    if (dismissed.some((row) => sameTask(item, row)) || texts.has(normalise(text))) continue;
    texts.add(normalise(text));
    const [row] = await sql<{ id: string }[]>`
      insert into action_items (meeting_id, owner_id, text, owner, due_date, seq)
      values (${meeting.id}, ${meeting.ownerId}, ${text}, ${owner}, ${item.dueDate}, ${item.seq})
      returning id`;
    if (row) created.push(row.id);
  }
  const gone = stored.filter((row) => !kept(row) && !claimed.has(row.id)).map((row) => row.id);
  if (gone.length > 0) await sql`delete from action_items where id = any(${gone}::uuid[])`;
  return created;
}
