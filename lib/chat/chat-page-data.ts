import { listMeetings } from "@/lib/meetings/list-meetings";
import type { ChatUIMessage } from "./chat-message";
import { type ChatJson, chatMessagesOf, getChat, listChats } from "./chats";

const LISTED = 200;

export type ChatPageData = {
  chats: { id: string; title: string }[];
  meetings: { id: string; title: string; date: string }[];
  chat: ChatJson | null;
  messages: ChatUIMessage[];
};

/** What the Chat page shows: saved chats, meetings to choose from, and the open chat (404 if not the user's). */
export async function chatPageData(userId: string, chatId: string | null): Promise<ChatPageData> {
  const [chats, meetings, chat] = await Promise.all([
    listChats(userId, { limit: LISTED }),
    listMeetings(userId, { limit: LISTED }),
    chatId ? getChat(userId, chatId) : null,
  ]);
  return {
    chats: chats.data.map(({ id, title }) => ({ id, title })),
    meetings: meetings.data.map((meeting) => ({
      id: meeting.id,
      title: meeting.title,
      date: (meeting.startedAt ?? meeting.createdAt).slice(0, 10),
    })),
    chat,
    messages: chat ? await chatMessagesOf(userId, chat.id) : [],
  };
}
