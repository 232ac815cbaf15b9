import type { TransactionSql } from "postgres";
import {
  renameCitation,
  renamed,
  renameInText,
  renameParticipants,
  renameTalkTime,
  type SpeakerRenames,
} from "./speaker-renames";

type InsightItem = { text: string; seqs: number[] };
type StoredInsights = {
  summary: string;
  key_points: InsightItem[];
  decisions: InsightItem[];
  questions: InsightItem[];
  talk_time: { speaker: string; ms: number }[];
};
type StoredMessage = { id: string; parts: unknown; citations: unknown };

const renameItems = (items: InsightItem[], renames: SpeakerRenames) =>
  items.map((item) => ({ ...item, text: renameInText(item.text, renames) }));

/**
 * Renames speakers everywhere the meeting shows them, inside the caller's transaction (which holds
 * the meeting's row lock): its lines, participants, stored talk time and notes, action items, and
 * the citations of the owner's chats that quote this meeting.
 */
export async function renameSpeakers(
  sql: TransactionSql,
  owner: { userId: string; meetingId: string },
  renames: SpeakerRenames,
): Promise<void> {
  if (renames.size === 0) return;
  const { userId, meetingId } = owner;
  const from = [...renames.keys()];
  const mapping = sql.json(Object.fromEntries(renames));

  const present = await sql<{ speaker: string }[]>`
    select distinct speaker from transcript_segments where meeting_id = ${meetingId} and speaker = any(${from})`;
  await sql`
    update transcript_segments set speaker = ${mapping}::jsonb ->> speaker
    where meeting_id = ${meetingId} and speaker = any(${from})`;

  const people = await sql<{ name: string; email: string | null }[]>`
    select name, email from participants where meeting_id = ${meetingId}`;
  const nextPeople = renameParticipants(
    people,
    renames,
    present.map((row) => row.speaker),
  );
  await sql`delete from participants where meeting_id = ${meetingId}`;
  if (nextPeople.length > 0) {
    await sql`insert into participants ${sql(nextPeople.map((person) => ({ meeting_id: meetingId, ...person })))}`;
  }

  const [insights] = await sql<StoredInsights[]>`
    select summary, key_points, decisions, questions, talk_time from insights where meeting_id = ${meetingId}`;
  if (insights) {
    await sql`
      update insights set
        summary = ${renameInText(insights.summary, renames)},
        key_points = ${sql.json(renameItems(insights.key_points, renames))},
        decisions = ${sql.json(renameItems(insights.decisions, renames))},
        questions = ${sql.json(renameItems(insights.questions, renames))},
        talk_time = ${sql.json(renameTalkTime(insights.talk_time, renames))},
        updated_at = now()
      where meeting_id = ${meetingId}`;
  }

  const items = await sql<{ id: string; text: string; owner: string | null }[]>`
    select id, text, owner from action_items where meeting_id = ${meetingId} and owner_id = ${userId}`;
  for (const item of items) {
    const text = renameInText(item.text, renames);
    const itemOwner = item.owner === null ? null : renamed(renames, item.owner);
    if (text === item.text && itemOwner === item.owner) continue;
    await sql`update action_items set text = ${text}, owner = ${itemOwner}, updated_at = now() where id = ${item.id}`;
  }

  await renameChatCitations(sql, owner, renames);
}

async function renameChatCitations(
  sql: TransactionSql,
  { userId, meetingId }: { userId: string; meetingId: string },
  renames: SpeakerRenames,
): Promise<void> {
  const messages = await sql<StoredMessage[]>`
    select m.id, m.parts, m.citations from chat_messages m join chats c on c.id = m.chat_id
    where c.owner_id = ${userId} and m.citations @> ${sql.json([{ meetingId }])}`;
  for (const message of messages) {
    const original = { citations: message.citations, parts: message.parts };
    const citations = Array.isArray(message.citations)
      ? message.citations.map((citation) => renameCitationValue(citation, meetingId, renames))
      : message.citations;
    const parts = Array.isArray(message.parts)
      ? message.parts.map((part) =>
          isCitationPart(part) ? { ...part, data: renameCitationValue(part.data, meetingId, renames) } : part,
        )
      : message.parts;
    if (JSON.stringify({ citations, parts }) === JSON.stringify(original)) continue;
    await sql`
      update chat_messages set citations = ${sql.json(citations as never)}, parts = ${sql.json(parts as never)}
      where id = ${message.id}`;
  }
}

const isCitationPart = (part: unknown): part is { type: "data-citation"; data: unknown } =>
  typeof part === "object" && part !== null && (part as { type?: unknown }).type === "data-citation";

function renameCitationValue(value: unknown, meetingId: string, renames: SpeakerRenames): unknown {
  if (typeof value !== "object" || value === null) return value;
  const citation = value as { meetingId?: unknown; speaker?: unknown };
  if (typeof citation.meetingId !== "string" || typeof citation.speaker !== "string") return value;
  return renameCitation(citation as { meetingId: string; speaker: string }, meetingId, renames);
}
