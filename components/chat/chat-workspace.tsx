"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ChatUIMessage } from "@/lib/chat/chat-message";
import { useI18n } from "@/lib/i18n/client";
import { ChatPanel, type ChatScopeInput } from "./chat-panel";
import { ChatScopePicker, type MeetingOption } from "./chat-scope-picker";
import { type SavedChat, SavedChats } from "./saved-chats";

type Props = {
  chats: SavedChat[];
  meetings: MeetingOption[];
  chatId: string | null;
  initialMessages?: ChatUIMessage[];
  initialScope?: ChatScopeInput;
};

/** The Chat page: saved chats beside one conversation over all, chosen, or date-bounded meetings. */
export function ChatWorkspace({
  chats: initialChats,
  meetings,
  chatId,
  initialMessages,
  initialScope = {},
}: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [chats, setChats] = useState(initialChats);
  const [currentId, setCurrentId] = useState(chatId);
  const [scope, setScope] = useState<ChatScopeInput>(initialScope);
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside>
        <SavedChats
          chats={chats}
          currentId={currentId}
          onRenamed={(renamed) =>
            setChats((list) => list.map((chat) => (chat.id === renamed.id ? renamed : chat)))
          }
          onDeleted={(id) => {
            setChats((list) => list.filter((chat) => chat.id !== id));
            if (id === currentId) router.push("/chat");
          }}
        />
      </aside>
      <div className="min-w-0 space-y-4">
        <ChatScopePicker meetings={meetings} scope={scope} onChange={setScope} />
        <ChatPanel
          key={chatId ?? "new"}
          chatId={chatId}
          initialMessages={initialMessages}
          scope={scope}
          placeholder={t.chat.placeholder}
          onChatStarted={(chat) => {
            setCurrentId(chat.id);
            setChats((list) => [chat, ...list.filter((other) => other.id !== chat.id)]);
            // The address now names the saved chat, so reloading reopens it.
            window.history.replaceState(null, "", `/chat/${chat.id}`);
          }}
        />
      </div>
    </div>
  );
}
