"use client";

import { cn } from "@/components/cn";
import type { ChatUIMessage } from "@/lib/chat/chat-message";
import type { Citation } from "@/lib/chat/citations";
import { useI18n } from "@/lib/i18n/context.client";
import { AnswerText } from "./answer-text";
import { CitationChip } from "./citation-chip";

/** One message of a chat: the question, or the answer with its citations listed under it. */
export function ChatMessageView({ message }: { message: ChatUIMessage }) {
  const { t } = useI18n();
  const text = message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
  if (message.role === "user") {
    return (
      <div className="flex justify-end" data-testid="chat-question">
        <p className="max-w-[85%] whitespace-pre-wrap rounded-lg bg-primary px-3 py-2 text-primary-foreground">
          {text}
        </p>
      </div>
    );
  }
  const citations = new Map<number, Citation>();
  for (const part of message.parts) {
    if (part.type === "data-citation" && part.id) citations.set(Number(part.id), part.data);
  }
  const titles = message.metadata?.meetings ?? {};
  const incomplete = message.metadata?.incomplete === true;
  const notAnswered = message.metadata?.answered === false && !incomplete;
  return (
    <div
      className="space-y-2"
      data-testid="chat-answer"
      data-answered={message.metadata?.answered === false ? "false" : "true"}
      data-incomplete={incomplete || undefined}
    >
      <div
        className={cn("rounded-lg border bg-card px-3 py-2", (notAnswered || incomplete) && "border-dashed")}
      >
        {incomplete && (
          <span
            className="mb-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200"
            data-testid="answer-incomplete"
          >
            {t.chat.incomplete}
          </span>
        )}
        {notAnswered && (
          <span className="mb-1 inline-block rounded bg-muted px-2 py-0.5 text-xs text-muted-foreground">
            {t.chat.notAnswered}
          </span>
        )}
        <AnswerText text={text} citations={citations} titles={titles} />
      </div>
      {citations.size > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={t.chat.assistant}>
          {[...citations].map(([n, citation]) => (
            <li key={n}>
              <CitationChip n={n} citation={citation} title={titles[citation.meetingId]} detailed />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
