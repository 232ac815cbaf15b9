"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeMeeting, renameMeeting } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/context.client";
import { fill, formatDateTime, formatDuration } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import type { MeetingJson } from "@/lib/meetings/meeting-json";
import { actionErrorMessage } from "./action-error";
import { ExportMenu } from "./export-menu";
import { LiveStatusBadge } from "./live-status-badge";
import { SendRecapButton } from "./send-recap-button";

export function MeetingHeader({
  meeting,
  locale,
  timeZone,
  ownerEmail,
}: {
  meeting: MeetingJson;
  locale: Locale;
  timeZone: string;
  ownerEmail: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(meeting.title);
  const [titleError, setTitleError] = useState<string>();
  const [deleteError, setDeleteError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function save() {
    setTitleError(undefined);
    startTransition(async () => {
      const result = await renameMeeting({ meetingId: meeting.id, title });
      if (result.ok) setEditing(false);
      else setTitleError(actionErrorMessage(t, result.error));
    });
  }

  function cancel() {
    setEditing(false);
    setTitle(meeting.title);
    setTitleError(undefined);
  }

  function remove() {
    if (!window.confirm(fill(t.meeting.deleteConfirm, { title: meeting.title }))) return;
    setDeleteError(undefined);
    startTransition(async () => {
      const result = await removeMeeting({ meetingId: meeting.id });
      if (result.ok) router.push("/meetings");
      else setDeleteError(actionErrorMessage(t, result.error));
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
            className="flex flex-1 flex-wrap gap-2"
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
              className="min-w-48 flex-1"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Escape") cancel();
              }}
              maxLength={300}
              autoFocus
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? "meeting-title-error" : undefined}
              data-testid="meeting-title-input"
            />
            <Button type="submit" disabled={pending || !title.trim()} data-testid="meeting-title-save">
              {t.meeting.save}
            </Button>
            <Button variant="ghost" onClick={cancel}>
              {t.meeting.cancel}
            </Button>
            <div className="basis-full">
              <FormMessage id="meeting-title-error" message={titleError} />
            </div>
          </form>
        ) : (
          <h1
            className="min-w-0 flex-1 basis-full text-2xl font-semibold tracking-tight [overflow-wrap:anywhere] sm:basis-0"
            data-testid="meeting-title"
          >
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
            <SendRecapButton
              meetingId={meeting.id}
              participants={meeting.participants}
              ownerEmail={ownerEmail}
            />
          )}
          <ExportMenu meetingId={meeting.id} />
          <Button variant="secondary" onClick={remove} disabled={pending} data-testid="delete-meeting">
            {t.meeting.delete}
          </Button>
        </div>
      </div>
      <p className="flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
        <LiveStatusBadge status={meeting.status} startedAt={meeting.startedAt} />
        <span>{formatDateTime(meeting.startedAt ?? meeting.createdAt, locale, timeZone)}</span>
        <span>{formatDuration(meeting.durationMs)}</span>
      </p>
      <FormMessage message={deleteError} />
    </header>
  );
}
