"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/context.client";
import type { ChatScopeInput } from "./chat-panel";

export type MeetingOption = { id: string; title: string; date: string };

type Props = { meetings: MeetingOption[]; scope: ChatScopeInput; onChange: (scope: ChatScopeInput) => void };

/** Which meetings a chat reads: all of mine, or the ones I tick; optionally only between two dates. */
export function ChatScopePicker({ meetings, scope, onChange }: Props) {
  const { t } = useI18n();
  const fromId = useId();
  const toId = useId();
  const chosen = scope.meetingIds !== undefined;
  const toggle = (id: string) => {
    const ids = new Set(scope.meetingIds ?? []);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    onChange({ ...scope, meetingIds: [...ids] });
  };
  return (
    <fieldset className="space-y-3 rounded-lg border p-3 text-sm" data-testid="chat-scope">
      <legend className="px-1 font-medium">{t.chat.scope}</legend>
      <div className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="chat-scope"
            checked={!chosen}
            onChange={() => onChange({ ...scope, meetingIds: undefined })}
          />
          {t.chat.scopeAll}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="chat-scope"
            checked={chosen}
            onChange={() => onChange({ ...scope, meetingIds: [] })}
            data-testid="chat-scope-chosen"
          />
          {t.chat.scopeChosen}
        </label>
      </div>
      {chosen &&
        (meetings.length === 0 ? (
          <p className="text-muted-foreground">{t.chat.noMeetings}</p>
        ) : (
          <ul className="max-h-48 space-y-1 overflow-y-auto">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={scope.meetingIds?.includes(meeting.id) ?? false}
                    onChange={() => toggle(meeting.id)}
                  />
                  <span className="truncate">{meeting.title}</span>
                  <span className="text-xs text-muted-foreground">{meeting.date}</span>
                </label>
              </li>
            ))}
          </ul>
        ))}
      <div className="flex flex-wrap gap-3">
        <span className="flex items-center gap-2">
          <label htmlFor={fromId}>{t.chat.from}</label>
          <Input
            id={fromId}
            type="date"
            className="h-8 w-auto"
            value={scope.from ?? ""}
            onChange={(event) => onChange({ ...scope, from: event.target.value || undefined })}
          />
        </span>
        <span className="flex items-center gap-2">
          <label htmlFor={toId}>{t.chat.to}</label>
          <Input
            id={toId}
            type="date"
            className="h-8 w-auto"
            value={scope.to ?? ""}
            onChange={(event) => onChange({ ...scope, to: event.target.value || undefined })}
          />
        </span>
      </div>
    </fieldset>
  );
}
