"use client";

import { Card } from "@/components/ui/card";
import { useI18n } from "@/lib/i18n/client";
import { ChatPanel } from "./chat-panel";

/** Chat with one meeting, for its page; `suggestions` come from `suggestedQuestions(userId, meetingId)`. */
export function MeetingChat({ meetingId, suggestions }: { meetingId: string; suggestions: string[] }) {
  const { t } = useI18n();
  return (
    <Card className="space-y-3 p-4" data-testid="meeting-chat">
      <h2 className="text-lg font-semibold">{t.chat.meetingChat}</h2>
      <ChatPanel
        scope={{ meetingIds: [meetingId] }}
        suggestions={suggestions}
        placeholder={t.chat.placeholderMeeting}
      />
    </Card>
  );
}
