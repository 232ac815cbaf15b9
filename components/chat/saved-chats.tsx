"use client";

import Link from "next/link";
import { type FormEvent, useState, useTransition } from "react";
import { deleteChatAction, renameChatAction } from "@/app/(app)/chat/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { useI18n } from "@/lib/i18n/client";

export type SavedChat = { id: string; title: string };

type Props = {
  chats: SavedChat[];
  currentId: string | null;
  onRenamed: (chat: SavedChat) => void;
  onDeleted: (id: string) => void;
};

function ChatRow({
  chat,
  current,
  onRenamed,
  onDeleted,
}: { chat: SavedChat; current: boolean } & Omit<Props, "chats" | "currentId">) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    startTransition(async () => {
      const result = await renameChatAction({ chatId: chat.id, title });
      if (result.ok) {
        onRenamed({ id: chat.id, title: result.data.title });
        setEditing(false);
      }
    });
  }
  if (editing) {
    return (
      <form onSubmit={onRename} className="flex gap-1">
        <Input
          name="title"
          defaultValue={chat.title}
          aria-label={t.chat.chatTitle}
          maxLength={200}
          required
          className="h-8"
        />
        <Button type="submit" size="sm" disabled={pending}>
          {t.chat.save}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          {t.chat.cancel}
        </Button>
      </form>
    );
  }
  return (
    <div className={cn("group flex items-center gap-1 rounded-md px-2 py-1", current && "bg-muted")}>
      <Link
        href={`/chat/${chat.id}`}
        className="flex-1 truncate text-sm hover:underline"
        data-testid="saved-chat"
      >
        {chat.title}
      </Link>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => setEditing(true)}
        aria-label={`${t.chat.rename}: ${chat.title}`}
      >
        {t.chat.rename}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        aria-label={`${t.chat.delete}: ${chat.title}`}
        onClick={() => {
          if (!window.confirm(t.chat.confirmDelete)) return;
          startTransition(async () => {
            const result = await deleteChatAction({ chatId: chat.id });
            if (result.ok) onDeleted(chat.id);
          });
        }}
      >
        {t.chat.delete}
      </Button>
    </div>
  );
}

/** The user's saved chats: reopen, rename, delete. */
export function SavedChats({ chats, currentId, onRenamed, onDeleted }: Props) {
  const { t } = useI18n();
  return (
    <nav className="space-y-2" aria-label={t.chat.savedChats} data-testid="saved-chats">
      <Link href="/chat" className="block text-sm font-medium hover:underline">
        + {t.chat.newChat}
      </Link>
      <h2 className="text-sm font-medium text-muted-foreground">{t.chat.savedChats}</h2>
      {chats.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t.chat.noChats}</p>
      ) : (
        <ul className="space-y-1">
          {chats.map((chat) => (
            <li key={chat.id}>
              <ChatRow
                chat={chat}
                current={chat.id === currentId}
                onRenamed={onRenamed}
                onDeleted={onDeleted}
              />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
