import type { TransactionSql } from "postgres";
import { z } from "zod";
import { decodeCursor, encodeCursor, pageQuerySchema } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import type { ChatUIMessage } from "./chat-message";
import { type Citation, citationSchema } from "./citations";
import type { ChatJson } from "./schemas";
import type { ChatScope } from "./scope";
import { meetingTitles } from "./segment-lookup";

export type { ChatJson };

type ChatRow = {
  id: string;
  title: string;
  meeting_ids: string[] | null;
  from_date: Date | null;
  to_date: Date | null;
  created_at: Date;
  updated_at: Date;
};

const TITLE_LIMIT = 200;
export const chatTitleSchema = z.string().trim().min(1, { message: "must not be empty" }).max(TITLE_LIMIT);
export const renameChatSchema = z.object({ title: chatTitleSchema });
export const listChatsQuerySchema = pageQuerySchema;
const cursorSchema = z.object({ o: z.number().int().min(0).max(1_000_000) });

const toJson = (row: ChatRow): ChatJson => ({
  id: row.id,
  title: row.title,
  meetingIds: row.meeting_ids,
  from: row.from_date?.toISOString() ?? null,
  to: row.to_date?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const notFound = () => new AppError("not_found", "No chat with this id.");

/** A title from the first question: its first line, cut at a word. */
export function titleFrom(question: string): string {
  const line = question.trim().split("\n")[0]?.replace(/\s+/g, " ") ?? "";
  if (line.length <= 80) return line || "Chat";
  return `${line.slice(0, 80).replace(/\s+\S*$/, "")}…`;
}

export async function createChat(userId: string, title: string, scope: ChatScope): Promise<ChatJson> {
  const [row] = await getSql()<ChatRow[]>`
    insert into chats (owner_id, title, meeting_ids, from_date, to_date)
    values (${userId}, ${title.slice(0, TITLE_LIMIT)}, ${scope.meetingIds?.length ? scope.meetingIds : null}::uuid[],
      ${scope.from ?? null}, ${scope.to ?? null})
    returning id, title, meeting_ids, from_date, to_date, created_at, updated_at`;
  return toJson(row as ChatRow);
}

/** One of the caller's chats; anyone else's (or a missing one) is the same 404. */
export async function getChat(userId: string, chatId: string): Promise<ChatJson> {
  const [row] = await getSql()<ChatRow[]>`
    select id, title, meeting_ids, from_date, to_date, created_at, updated_at
    from chats where id = ${chatId} and owner_id = ${userId}`;
  if (!row) throw notFound();
  return toJson(row);
}

export async function listChats(
  userId: string,
  input: Partial<z.input<typeof listChatsQuerySchema>> = {},
): Promise<{ data: ChatJson[]; nextCursor: string | null }> {
  const query = listChatsQuerySchema.parse(input);
  const offset = decodeCursor(query.cursor, cursorSchema)?.o ?? 0;
  const rows = await getSql()<ChatRow[]>`
    select id, title, meeting_ids, from_date, to_date, created_at, updated_at from chats
    where owner_id = ${userId} order by updated_at desc, id desc
    limit ${query.limit + 1} offset ${offset}`;
  return {
    data: rows.slice(0, query.limit).map(toJson),
    nextCursor: rows.length > query.limit ? encodeCursor({ o: offset + query.limit }) : null,
  };
}

export async function renameChat(userId: string, chatId: string, title: string): Promise<ChatJson> {
  const [row] = await getSql()<ChatRow[]>`
    update chats set title = ${chatTitleSchema.parse(title)}, updated_at = now()
    where id = ${chatId} and owner_id = ${userId}
    returning id, title, meeting_ids, from_date, to_date, created_at, updated_at`;
  if (!row) throw notFound();
  return toJson(row);
}

/** Deletes a chat with its messages (they cascade in the same statement). */
export async function deleteChat(userId: string, chatId: string): Promise<void> {
  const rows = await getSql()`delete from chats where id = ${chatId} and owner_id = ${userId} returning id`;
  if (rows.length === 0) throw notFound();
}

type StoredMessage = {
  role: "user" | "assistant";
  parts: ChatUIMessage["parts"];
  citations?: Citation[];
  answered?: boolean | null;
  incomplete?: boolean;
};

/** Locks one of the caller's chats for a write to its messages (a 404 if it isn't theirs). */
async function lockChat(sql: TransactionSql, userId: string, chatId: string): Promise<void> {
  const [chat] = await sql`select id from chats where id = ${chatId} and owner_id = ${userId} for update`;
  if (!chat) throw notFound();
}

async function insertMessage(sql: TransactionSql, chatId: string, message: StoredMessage): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into chat_messages (chat_id, position, role, parts, citations, answered, incomplete)
    values (${chatId}, (select coalesce(max(position), -1) + 1 from chat_messages where chat_id = ${chatId}),
      ${message.role}, ${sql.json(message.parts as never)}, ${sql.json((message.citations ?? []) as never)},
      ${message.answered ?? null}, ${message.incomplete ?? false})
    returning id`;
  await sql`update chats set updated_at = now() where id = ${chatId}`;
  return (row as { id: string }).id;
}

/** Appends a message to one of the caller's chats, after the ones already there; returns its id. */
export async function appendMessage(userId: string, chatId: string, message: StoredMessage): Promise<string> {
  return getSql().begin(async (sql) => {
    await lockChat(sql, userId, chatId);
    return insertMessage(sql, chatId, message);
  });
}

type TurnRow = { id: string; role: "user" | "assistant"; parts: ChatUIMessage["parts"]; incomplete: boolean };

const asksExactly = (row: TurnRow | undefined, question: string) =>
  row?.role === "user" &&
  row.parts
    .map((part) => (part.type === "text" ? part.text : ""))
    .join("")
    .trim() === question;

/**
 * Saves the question that opens a turn. Asking again the chat's last question while its answer
 * never came (none saved, or one cut off part-way) is a retry: the question is not stored twice
 * and the cut-off answer makes way for the new one.
 */
export async function saveQuestion(userId: string, chatId: string, question: string): Promise<void> {
  await getSql().begin(async (sql) => {
    await lockChat(sql, userId, chatId);
    const [latest, before] = await sql<TurnRow[]>`
      select id, role, parts, incomplete from chat_messages
      where chat_id = ${chatId} order by position desc limit 2`;
    if (asksExactly(latest, question)) return;
    if (latest?.role === "assistant" && latest.incomplete && asksExactly(before, question)) {
      await sql`delete from chat_messages where id = ${latest.id}`;
      return;
    }
    await insertMessage(sql, chatId, { role: "user", parts: [{ type: "text", text: question }] });
  });
}

type MessageRow = {
  id: string;
  role: "user" | "assistant";
  parts: ChatUIMessage["parts"];
  citations: unknown;
  answered: boolean | null;
  incomplete: boolean;
};

/** A saved chat's messages as `useChat` takes them, with current meeting titles for the chips. */
export async function chatMessagesOf(userId: string, chatId: string): Promise<ChatUIMessage[]> {
  await getChat(userId, chatId);
  const rows = await getSql()<MessageRow[]>`
    select id, role, parts, citations, answered, incomplete from chat_messages
    where chat_id = ${chatId} order by position`;
  const cited = rows.flatMap((row) => z.array(citationSchema).catch([]).parse(row.citations));
  const titles = await meetingTitles(userId, [...new Set(cited.map((citation) => citation.meetingId))]);
  return rows.map((row) => ({
    id: row.id,
    role: row.role,
    parts: row.parts,
    metadata:
      row.role === "assistant"
        ? {
            chatId,
            answered: row.answered ?? undefined,
            meetings: titles,
            ...(row.incomplete ? { incomplete: true } : {}),
          }
        : { chatId },
  }));
}
