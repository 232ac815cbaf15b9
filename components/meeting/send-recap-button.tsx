"use client";

import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { sendRecapEmail } from "@/app/(app)/meetings/[id]/email-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { sameDomain } from "@/lib/email/same-domain";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { RecapDelivery } from "./recap-delivery";

type Outcome = { tone: "success" | "error"; messages: string[] };

export function SendRecapButton({
  meetingId,
  participants,
  ownerEmail,
}: {
  meetingId: string;
  participants: { name: string; email?: string }[];
  /** Participants at the owner's domain are ticked to start with; anyone outside is left to choose. */
  ownerEmail: string;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [queued, setQueued] = useState<{ id: string; to: string }[]>([]);
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const withEmail = participants.filter((participant) => participant.email);
  const errors = t.email.recapErrors as Record<string, string>;

  // Esc closes the dialog without our Cancel button: follow the element itself.
  useEffect(() => {
    const element = dialog.current;
    const onClose = () => setOpen(false);
    element?.addEventListener("close", onClose);
    return () => element?.removeEventListener("close", onClose);
  }, []);

  function openDialog() {
    setOutcome(undefined);
    setQueued([]);
    setOpen(true);
    dialog.current?.showModal();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const includeMe = form.get("me") === "on";
    const to = form.getAll("to").map(String);
    if (!includeMe && to.length === 0) {
      setOutcome({ tone: "error", messages: [t.email.pickRecipient] });
      return;
    }
    startTransition(async () => {
      const result = await sendRecapEmail({ meetingId, to, includeMe });
      if (!result.ok) {
        setOutcome({ tone: "error", messages: [errors[result.error] ?? t.email.recapErrors.unknown] });
        return;
      }
      const messages: string[] = [];
      const sentTo = result.data.queued.map((email) => email.to);
      const skipped = result.data.skipped.map((email) => email.to);
      if (sentTo.length > 0) messages.push(fill(t.email.recapQueued, { list: sentTo.join(", ") }));
      if (skipped.length > 0) messages.push(fill(t.email.recapSkipped, { list: skipped.join(", ") }));
      setOutcome({ tone: sentTo.length > 0 ? "success" : "error", messages });
      setQueued(result.data.queued);
    });
  }

  return (
    <>
      <Button variant="secondary" size="sm" onClick={openDialog} data-testid="send-recap">
        {t.email.sendRecap}
      </Button>
      <dialog
        ref={dialog}
        className="m-auto w-full max-w-md rounded-lg border bg-card p-6 text-card-foreground shadow-lg backdrop:bg-black/40"
        aria-labelledby="send-recap-heading"
        data-testid="send-recap-dialog"
      >
        <form onSubmit={onSubmit} className="space-y-4">
          <h2 id="send-recap-heading" className="text-lg font-medium">
            {t.email.recapDialogTitle}
          </h2>
          <p className="text-sm text-muted-foreground">{t.email.recapDialogHelp}</p>
          <fieldset className="space-y-2">
            <legend className="sr-only">{t.email.recapDialogTitle}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="me" defaultChecked data-testid="recap-me" />
              {t.email.recapToMe}
            </label>
            {withEmail.map((participant) => (
              <label key={participant.email} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="to"
                  value={participant.email}
                  defaultChecked={sameDomain(participant.email ?? "", ownerEmail)}
                  data-testid="recap-recipient"
                />
                <span>
                  {participant.name}{" "}
                  <span className="text-muted-foreground">&lt;{participant.email}&gt;</span>
                  {!sameDomain(participant.email ?? "", ownerEmail) && (
                    <span className="ml-1 text-xs text-muted-foreground">({t.email.recapExternal})</span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          {withEmail.length === 0 && (
            <p className="text-sm text-muted-foreground">{t.email.noParticipantEmails}</p>
          )}
          <div aria-live="polite" className="space-y-1">
            {outcome?.messages.map((message) => (
              <FormMessage key={message} message={message} tone={outcome.tone} />
            ))}
          </div>
          <RecapDelivery key={queued.map((email) => email.id).join()} queued={queued} active={open} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => dialog.current?.close()}>
              {outcome?.tone === "success" ? t.email.close : t.email.cancel}
            </Button>
            <Button type="submit" disabled={pending} data-testid="send-recap-submit">
              {pending ? t.email.sending : t.email.send}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
