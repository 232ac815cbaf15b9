"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { cn } from "@/components/cn";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { type ChatUIMessage, MAX_QUESTION_CHARS } from "@/lib/chat/chat-message";
import { useI18n } from "@/lib/i18n/context.client";
import { ChatMessageView } from "./chat-message-view";

export type ChatScopeInput = { meetingIds?: string[]; from?: string; to?: string };

type Props = {
  chatId?: string | null;
  initialMessages?: ChatUIMessage[];
  scope: ChatScopeInput;
  suggestions?: string[];
  placeholder: string;
  /** Called once the server has saved a new chat (its id arrives with the first answer). */
  onChatStarted?: (chat: { id: string; title: string }) => void;
  className?: string;
  /** Keeps the conversation within a box that scrolls (for a side panel). */
  boxed?: boolean;
  /** Puts the cursor in the question box (a new chat the user just asked for). */
  autoFocus?: boolean;
};

// Earlier turns sent along for the model's context; the server keeps the full chat.
const HISTORY_SENT = 10;

/** A conversation with the meetings in scope: streamed answers, citation chips, errors that keep partial answers. */
export function ChatPanel({
  chatId,
  initialMessages,
  scope,
  suggestions = [],
  placeholder,
  onChatStarted,
  className,
  boxed = false,
  autoFocus = false,
}: Props) {
  const { t } = useI18n();
  const [input, setInput] = useState("");
  const [tooLong, setTooLong] = useState(false);
  const chatIdRef = useRef<string | null>(chatId ?? null);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const onStartedRef = useRef(onChatStarted);
  onStartedRef.current = onChatStarted;
  const bottom = useRef<HTMLDivElement>(null);
  const questionBox = useRef<HTMLTextAreaElement>(null);
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) questionBox.current?.focus();
  }, []);

  const [transport] = useState(
    () =>
      new DefaultChatTransport<ChatUIMessage>({
        api: "/api/v1/chat",
        prepareSendMessagesRequest: ({ messages }) => {
          const { meetingIds, from, to } = scopeRef.current;
          return {
            body: {
              messages: messages.slice(-HISTORY_SENT),
              chatId: chatIdRef.current ?? undefined,
              meetingIds: meetingIds?.length ? meetingIds : undefined,
              from: from || undefined,
              to: to || undefined,
            },
          };
        },
      }),
  );
  const { messages, sendMessage, regenerate, status, error, stop, clearError } = useChat<ChatUIMessage>({
    messages: initialMessages,
    transport,
    onFinish: ({ message, messages: all }) => {
      const id = message.metadata?.chatId;
      if (id && !chatIdRef.current) {
        chatIdRef.current = id;
        const first = all.find((m) => m.role === "user");
        const title = first?.parts.map((part) => (part.type === "text" ? part.text : "")).join("") ?? "";
        onStartedRef.current?.({ id, title: title.slice(0, 80) });
      }
    },
  });

  const count = messages.length;
  useEffect(() => {
    if (count > 0) bottom.current?.scrollIntoView({ block: "nearest" });
  }, [count]);

  const busy = status === "submitted" || status === "streaming";
  function ask(question: string) {
    const text = question.trim();
    if (!text || busy) return;
    if (text.length > MAX_QUESTION_CHARS) {
      setTooLong(true);
      return;
    }
    setTooLong(false);
    if (error) clearError();
    setInput("");
    void sendMessage({ text });
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    ask(input);
  }
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      ask(input);
    }
  }
  const last = messages.at(-1);
  const partial = last?.role === "assistant" && last.parts.some((part) => part.type === "text" && part.text);
  // A saved chat reopened on an answer the provider cut off can be retried just the same.
  const cutOff = !busy && !error && last?.role === "assistant" && last.metadata?.incomplete === true;
  function retry() {
    if (busy) return;
    // The question is asked again in place: the cut-off answer gives way and the question is not
    // repeated (the server sees the same last question and keeps one copy).
    void regenerate();
  }

  return (
    <div className={cn("flex flex-col gap-4", className)} data-testid="chat-panel">
      <div
        className={cn("space-y-4", boxed && "max-h-[60vh] overflow-y-auto pr-1")}
        // A box that scrolls must be reachable from the keyboard to scroll it.
        tabIndex={boxed && messages.length > 0 ? 0 : undefined}
        role="log"
        aria-label={t.chat.conversation}
        data-testid="chat-messages"
      >
        {messages.map((message) => (
          <ChatMessageView key={message.id} message={message} />
        ))}
        {status === "submitted" && (
          <p className="text-sm text-muted-foreground" data-testid="chat-searching">
            {t.chat.searching}
          </p>
        )}
        {(error || cutOff) && (
          <div className="flex items-center gap-3" data-testid={error ? "chat-error" : "chat-cut-off"}>
            {error ? (
              <FormMessage message={partial ? t.chat.streamError : t.chat.requestError} />
            ) : (
              <p className="text-sm text-muted-foreground">{t.chat.cutOffRetry}</p>
            )}
            {messages.some((message) => message.role === "user") && (
              <Button size="sm" variant="secondary" onClick={retry} data-testid="chat-retry">
                {t.chat.retry}
              </Button>
            )}
          </div>
        )}
        <div ref={bottom} />
      </div>
      {messages.length === 0 && suggestions.length > 0 && (
        <div className="space-y-2">
          <p className="text-sm text-muted-foreground">{t.chat.suggested}</p>
          <ul className="flex flex-wrap gap-2">
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => ask(suggestion)}
                  data-testid="suggested-question"
                >
                  {suggestion}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={onSubmit} className="flex items-end gap-2">
        <textarea
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          aria-label={placeholder}
          aria-invalid={tooLong}
          rows={2}
          ref={questionBox}
          className={cn(
            "min-h-10 flex-1 resize-y rounded-md border border-input bg-card px-3 py-2 text-sm",
            "placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            "aria-[invalid=true]:border-destructive",
          )}
          data-testid="chat-input"
        />
        {busy ? (
          <Button variant="secondary" onClick={() => void stop()} data-testid="chat-stop">
            {t.chat.stop}
          </Button>
        ) : (
          <Button type="submit" disabled={!input.trim()} data-testid="chat-ask">
            {t.chat.ask}
          </Button>
        )}
      </form>
      <FormMessage message={tooLong ? t.chat.tooLong : undefined} />
    </div>
  );
}
