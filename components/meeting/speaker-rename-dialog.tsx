"use client";

import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { renameSpeaker } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { actionErrorMessage } from "./action-error";

/** Renames one speaker (`speaker` exactly as stored; "" is the lines nobody was named on). */
export function SpeakerRenameDialog({
  meetingId,
  speaker,
  onClose,
}: {
  meetingId: string;
  speaker: string;
  onClose: (renamed: { from: string; to: string } | null) => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(speaker);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const nobody = speaker === "";

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    startTransition(async () => {
      const result = await renameSpeaker({ meetingId, from: speaker, to: name });
      if (result.ok) onClose(result.data);
      else setError(actionErrorMessage(t, result.error));
    });
  }

  return (
    <dialog
      ref={dialog}
      onClose={() => onClose(null)}
      className="m-auto w-full max-w-sm rounded-lg border bg-card p-6 text-card-foreground shadow-lg backdrop:bg-black/40"
      aria-labelledby="rename-heading"
      aria-describedby="rename-help"
      data-testid="rename-dialog"
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <h2 id="rename-heading" className="text-lg font-medium">
          {nobody ? t.meetingPage.nameNobody : t.meeting.renameSpeaker}
        </h2>
        <p id="rename-help" className="text-sm text-muted-foreground">
          {nobody ? t.meetingPage.nameNobodyHelp : fill(t.meeting.renameSpeakerHelp, { name: speaker })}
        </p>
        <div className="space-y-1.5">
          <Label htmlFor="speaker-name">{t.meeting.newName}</Label>
          <Input
            id="speaker-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={100}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "rename-error" : undefined}
            data-testid="speaker-name"
          />
        </div>
        <FormMessage id="rename-error" message={error} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => onClose(null)}>
            {t.meeting.cancel}
          </Button>
          <Button type="submit" disabled={pending || !name.trim()} data-testid="rename-submit">
            {t.meeting.rename}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
