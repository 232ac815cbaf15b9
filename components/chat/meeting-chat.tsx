"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Card } from "@/components/ui/card";
import { useI18n } from "@/lib/i18n/context.client";
import { ChatPanel } from "./chat-panel";

/**
 * Chat with one meeting, on its page: its suggested questions as chips, answers whose citations
 * jump the transcript and the recording to the line. Kept with the other chats once started.
 */
export function MeetingChat({ meetingId, suggestions }: { meetingId: string; suggestions: string[] }) {
  const { t } = useI18n();
  const headingId = useId();
  const [savedAs, setSavedAs] = useState<string | null>(null);
  return (
    <Card className="space-y-3 p-4" role="region" aria-labelledby={headingId} data-testid="meeting-chat">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-medium">
          {t.chat.meetingChat}
        </h2>
        {savedAs && (
          <Link
            href={`/chat/${savedAs}`}
            className="text-xs text-muted-foreground hover:text-foreground hover:underline"
            data-testid="meeting-chat-open"
          >
            {t.chat.openInChat}
          </Link>
        )}
      </div>
      <ChatPanel
        scope={{ meetingIds: [meetingId] }}
        suggestions={suggestions}
        placeholder={t.chat.placeholderMeeting}
        onChatStarted={(chat) => setSavedAs(chat.id)}
        boxed
      />
    </Card>
  );
}
