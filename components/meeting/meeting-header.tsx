"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeMeeting, renameMeeting } from "@/app/(app)/meetings/[id]/actions";
import { StatusBadge } from "@/components/meetings/status-badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/client";
import { fill, formatDateTime, formatDuration } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { MeetingJson } from "@/lib/meetings/meeting-json";
import { ExportMenu } from "./export-menu";
import { LiveBadge } from "./live-badge";
import { SendRecapButton } from "./send-recap-button";

export function MeetingHeader({
  meeting,
  locale,
  timeZone,
}: {
  meeting: MeetingJson;
  locale: Locale;
  timeZone: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(meeting.title);
  const [pending, startTransition] = useTransition();

  function save() {
    startTransition(async () => {
      const result = await renameMeeting({ meetingId: meeting.id, title });
      if (result.ok) setEditing(false);
    });
  }

  function remove() {
    if (!window.confirm(fill(t.meeting.deleteConfirm, { title: meeting.title }))) return;
    startTransition(async () => {
      const result = await removeMeeting({ meetingId: meeting.id });
      if (result.ok) router.push("/meetings");
    });
  }

  return (
    <header className="space-y-3">
      <Link href="/meetings" className="text-sm text-muted-foreground hover:text-foreground">
        ← {t.meeting.back}
      </Link>
      <div className="flex flex-wrap items-start gap-3">
        {editing ? (
          <form
            className="flex flex-1 gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <label htmlFor="meeting-title" className="sr-only">
              {t.meeting.titleLabel}
            </label>
            <Input
              id="meeting-title"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              maxLength={300}
              autoFocus
            />
            <Button type="submit" disabled={pending || !title.trim()}>
              {t.meeting.save}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {t.meeting.cancel}
            </Button>
          </form>
        ) : (
          <h1 className="flex-1 text-2xl font-semibold tracking-tight" data-testid="meeting-title">
            {meeting.title}
            <Button
              variant="ghost"
              size="sm"
              className="ml-2 align-middle"
              onClick={() => setEditing(true)}
              aria-label={t.meeting.editTitle}
            >
              ✎
            </Button>
          </h1>
        )}
        <div className="flex items-center gap-2">
          {meeting.status === "ready" && (
            <SendRecapButton meetingId={meeting.id} participants={meeting.participants} />
          )}
          <ExportMenu meetingId={meeting.id} />
          <Button variant="secondary" onClick={remove} disabled={pending} data-testid="delete-meeting">
            {t.meeting.delete}
          </Button>
        </div>
      </div>
      <p className="flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
        <StatusBadge status={meeting.status} />
        <LiveBadge startedAt={meeting.startedAt} />
        <span>{formatDateTime(meeting.startedAt ?? meeting.createdAt, locale, timeZone)}</span>
        <span>{formatDuration(meeting.durationMs)}</span>
      </p>
      {meeting.error && (
        <p role="alert" className="rounded-md border border-destructive/40 p-3 text-sm text-destructive">
          {meeting.error}
        </p>
      )}
    </header>
  );
}
