"use client";

import Link from "next/link";
import { type FormEvent, type MouseEvent, useState, useTransition } from "react";
import { deleteChatAction, renameChatAction } from "@/app/(app)/chat/actions";
import { cn } from "@/components/cn";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/action-result";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { PencilIcon, TrashIcon } from "./chat-icons";

export type SavedChat = { id: string; title: string };

type Props = {
  chats: SavedChat[];
  currentId: string | null;
  onRenamed: (chat: SavedChat) => void;
  onDeleted: (id: string) => void;
  /** Starts an empty chat in place (the page may already be the Chat page). */
  onNewChat: () => void;
};

type Failure = "renameFailed" | "deleteFailed" | "titleEmpty";

function failureOf(result: ActionResult<unknown> | null, fallback: Failure): Failure | null {
  if (result?.ok) return null;
  return result?.field === "title" ? "titleEmpty" : fallback;
}

const ICON_BUTTON = "h-7 w-7 shrink-0 px-0 text-muted-foreground hover:text-foreground";

function ChatRow({
  chat,
  current,
  onRenamed,
  onDeleted,
}: { chat: SavedChat; current: boolean } & Pick<Props, "onRenamed" | "onDeleted">) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const run = <T,>(action: () => Promise<ActionResult<T>>, fallback: Failure, done: (data: T) => void) =>
    startTransition(async () => {
      // A dropped connection rejects instead of answering: it is a failure all the same.
      const result = await action().catch(() => null);
      const failed = failureOf(result, fallback);
      setFailure(failed);
      if (result?.ok) done(result.data);
    });

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get("title") ?? "");
    run(
      () => renameChatAction({ chatId: chat.id, title }),
      "renameFailed",
      (data) => {
        onRenamed({ id: chat.id, title: data.title });
        setEditing(false);
      },
    );
  }
  const message = failure ? t.chat[failure] : undefined;

  if (editing) {
    return (
      <div className="space-y-1">
        <form onSubmit={onRename} className="flex gap-1">
          <Input
            name="title"
            defaultValue={chat.title}
            aria-label={t.chat.chatTitle}
            aria-invalid={failure === "titleEmpty"}
            maxLength={200}
            required
            autoFocus
            className="h-8"
            onKeyDown={(event) => {
              if (event.key === "Escape") setEditing(false);
            }}
          />
          <Button type="submit" size="sm" disabled={pending}>
            {t.chat.save}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            {t.chat.cancel}
          </Button>
        </form>
        <FormMessage message={message} />
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <div className={cn("flex items-center gap-0.5 rounded-md py-0.5 pl-2", current && "bg-muted")}>
        <Link
          href={`/chat/${chat.id}`}
          className="min-w-0 flex-1 truncate py-1 text-sm hover:underline"
          title={chat.title}
          aria-current={current ? "page" : undefined}
          data-testid="saved-chat"
        >
          {chat.title}
        </Link>
        <Button
          size="icon"
          variant="ghost"
          className={ICON_BUTTON}
          onClick={() => {
            setFailure(null);
            setEditing(true);
          }}
          aria-label={fill(t.chat.renameChat, { title: chat.title })}
          title={t.chat.rename}
          data-testid="rename-chat"
        >
          <PencilIcon />
        </Button>
        <Button
          size="icon"
          variant="ghost"
          className={ICON_BUTTON}
          disabled={pending}
          aria-label={fill(t.chat.deleteChat, { title: chat.title })}
          title={t.chat.delete}
          data-testid="delete-chat"
          onClick={() => {
            if (!window.confirm(t.chat.confirmDelete)) return;
            run(
              () => deleteChatAction({ chatId: chat.id }),
              "deleteFailed",
              () => onDeleted(chat.id),
            );
          }}
        >
          <TrashIcon />
        </Button>
      </div>
      <FormMessage message={message} />
    </div>
  );
}

/** The user's saved chats: start a new one, reopen, rename, delete. */
export function SavedChats({ chats, currentId, onRenamed, onDeleted, onNewChat }: Props) {
  const { t } = useI18n();
  function newChat(event: MouseEvent<HTMLAnchorElement>) {
    // Ctrl/⌘-click still opens a new tab.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNewChat();
  }
  return (
    <nav className="space-y-2" aria-label={t.chat.savedChats} data-testid="saved-chats">
      <Link
        href="/chat"
        onClick={newChat}
        className="block text-sm font-medium hover:underline"
        data-testid="new-chat"
      >
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
