import type { Language } from "@/lib/kernel/text/stem";
import { listMeetings } from "@/lib/meetings/list-meetings";
import type { ChatUIMessage } from "./chat-message";
import { type ChatJson, chatMessagesOf, getChat, listChats } from "./chats";
import { meetingTitles } from "./segment-lookup";
import { recentSuggestions } from "./suggested-questions";

const LISTED = 200;

export type ChatPageData = {
  chats: { id: string; title: string }[];
  meetings: { id: string; title: string; date: string }[];
  chat: ChatJson | null;
  messages: ChatUIMessage[];
  /** Questions to start a new chat with (none for a saved one). */
  suggestions: string[];
};

/** A saved scope without the meetings deleted since (the server leaves them out too). */
async function stillThere(userId: string, ids: string[] | null): Promise<string[] | null> {
  if (!ids) return null;
  const titles = await meetingTitles(userId, ids);
  return ids.filter((id) => id in titles);
}

/**
 * What the Chat page shows: saved chats, meetings to choose from, and the open chat (404 if not
 * the user's), or questions in `language` to start a new one.
 */
export async function chatPageData(
  userId: string,
  chatId: string | null,
  language: Language = "en",
): Promise<ChatPageData> {
  const [chats, meetings, chat, suggestions] = await Promise.all([
    listChats(userId, { limit: LISTED }),
    listMeetings(userId, { limit: LISTED }),
    chatId ? getChat(userId, chatId) : null,
    chatId ? [] : recentSuggestions(userId, language),
  ]);
  return {
    chats: chats.data.map(({ id, title }) => ({ id, title })),
    meetings: meetings.data.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      date: (meeting.startedAt ?? meeting.createdAt).slice(0, 10),
    })),
    chat: chat && { ...chat, meetingIds: await stillThere(userId, chat.meetingIds) },
    messages: chat ? await chatMessagesOf(userId, chat.id) : [],
    suggestions,
  };
}
