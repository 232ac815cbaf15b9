"use client";

import { type FormEvent, useState, useTransition } from "react";
import { saveParticipants } from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import type { ParticipantJson } from "@/lib/meetings/meeting-json";
import { actionErrorMessage } from "./action-error";

// The server names the field it refused, e.g. "participants.2.email".
const EMAIL_FIELD = /^participants\.(\d+)\.email$/;

export function ParticipantsEditor({
  meetingId,
  participants,
}: {
  meetingId: string;
  participants: ParticipantJson[];
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string }>();
  const [invalidIndex, setInvalidIndex] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const list = participants.map((person, index) => {
      const email = String(form.get(`email-${index}`) ?? "").trim();
      return { name: person.name, email: email || null };
    });
    setStatus(undefined);
    setInvalidIndex(null);
    startTransition(async () => {
      const result = await saveParticipants({ meetingId, participants: list });
      if (result.ok) {
        setStatus({ tone: "success", message: t.meeting.saved });
        return;
      }
      const index = Number(EMAIL_FIELD.exec(result.field ?? "")?.[1] ?? Number.NaN);
      const person = Number.isInteger(index) ? list[index] : undefined;
      if (person) setInvalidIndex(index);
      setStatus({
        tone: "error",
        message: person
          ? fill(t.meetingPage.invalidEmailFor, { name: person.name })
          : actionErrorMessage(t, result.error),
      });
    });
  }

  return (
    <section
      className="rounded-lg border bg-card p-4"
      aria-labelledby="participants-heading"
      data-testid="participants"
    >
      <h2 id="participants-heading" className="font-medium">
        {t.meeting.participants}
      </h2>
      {participants.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">{t.meeting.noParticipants}</p>
      ) : (
        <form onSubmit={onSubmit} className="mt-3 space-y-3">
          {participants.map((person, index) => (
            <div key={person.name} className="space-y-1">
              <label htmlFor={`email-${index}`} className="text-sm font-medium">
                {person.name}
              </label>
              <Input
                id={`email-${index}`}
                name={`email-${index}`}
                type="email"
                defaultValue={person.email ?? ""}
                placeholder={t.meetingPage.emailPlaceholder}
                aria-label={fill(t.meeting.emailFor, { name: person.name })}
                aria-invalid={invalidIndex === index ? true : undefined}
                aria-describedby={invalidIndex === index ? "participants-status" : undefined}
              />
            </div>
          ))}
          <FormMessage id="participants-status" message={status?.message} tone={status?.tone} />
          <Button type="submit" size="sm" disabled={pending}>
            {t.meeting.saveParticipants}
          </Button>
        </form>
      )}
    </section>
  );
}
