"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ChatUIMessage } from "@/lib/chat/chat-message";
import { useI18n } from "@/lib/i18n/context.client";
import { ChatPanel, type ChatScopeInput } from "./chat-panel";
import { ChatScopePicker, type MeetingOption } from "./chat-scope-picker";
import { type SavedChat, SavedChats } from "./saved-chats";

type Props = {
  chats: SavedChat[];
  meetings: MeetingOption[];
  chatId: string | null;
  initialMessages?: ChatUIMessage[];
  initialScope?: ChatScopeInput;
  /** Questions offered while the conversation is empty. */
  suggestions?: string[];
};

/**
 * One conversation shown: `key` remounts the panel (and so empties it) whenever another chat,
 * or a new one, takes its place, even when the page itself stays the same.
 */
type Conversation = { key: number; id: string | null; messages: ChatUIMessage[] | undefined };

/** The Chat page: saved chats beside one conversation over all, chosen, or date-bounded meetings. */
export function ChatWorkspace({
  chats: initialChats,
  meetings,
  chatId,
  initialMessages,
  initialScope = {},
  suggestions = [],
}: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [chats, setChats] = useState(initialChats);
  const [scope, setScope] = useState<ChatScopeInput>(initialScope);
  const [conversation, setConversation] = useState<Conversation>({
    key: 0,
    id: chatId,
    messages: initialMessages,
  });
  // The page opened another saved chat without remounting this one: show that chat.
  const [openedId, setOpenedId] = useState(chatId);
  if (openedId !== chatId) {
    setOpenedId(chatId);
    setConversation((shown) => ({ key: shown.key + 1, id: chatId, messages: initialMessages }));
    setScope(initialScope);
  }

  function startNewChat() {
    setConversation((shown) => ({ key: shown.key + 1, id: null, messages: undefined }));
    setScope({});
    // The address may name the chat just left (it was rewritten after its first answer).
    router.push("/chat");
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside className="min-w-0">
        <SavedChats
          chats={chats}
          currentId={conversation.id}
          onNewChat={startNewChat}
          onRenamed={(renamed) =>
            setChats((list) => list.map((chat) => (chat.id === renamed.id ? renamed : chat)))
          }
          onDeleted={(id) => {
            setChats((list) => list.filter((chat) => chat.id !== id));
            if (id === conversation.id) startNewChat();
          }}
        />
      </aside>
      <div className="min-w-0 space-y-4">
        <ChatScopePicker meetings={meetings} scope={scope} onChange={setScope} />
        <ChatPanel
          key={conversation.key}
          chatId={conversation.id}
          initialMessages={conversation.messages}
          scope={scope}
          suggestions={suggestions}
          placeholder={t.chat.placeholder}
          autoFocus={conversation.key > 0}
          onChatStarted={(chat) => {
            setConversation((shown) => ({ ...shown, id: chat.id }));
            setChats((list) => [chat, ...list.filter((other) => other.id !== chat.id)]);
            // The address now names the saved chat, so reloading reopens it.
            window.history.replaceState(null, "", `/chat/${chat.id}`);
          }}
        />
      </div>
    </div>
  );
}
