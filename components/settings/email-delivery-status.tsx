import { cn } from "@/components/cn";
import type { SentEmail } from "@/lib/email/sent-emails";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

const tones: Record<SentEmail["status"], string> = {
  queued: "bg-muted text-muted-foreground",
  sending: "bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200",
  sent: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  skipped: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
};

type Props = { email: Pick<SentEmail, "status" | "provider" | "problem">; t: Messages["email"] };

/** An email's delivery status and, when something went wrong, what in plain words (server or client). */
export function EmailDeliveryStatus({ email, t }: Props) {
  const pending = email.status === "queued" || email.status === "sending";
  const notes: string[] = [];
  if (email.status === "sent" && email.provider === "outbox") notes.push(t.outboxNote);
  if (email.problem) {
    notes.push(t.problems[email.problem.problem]);
    if (email.problem.detail) notes.push(fill(t.providerSaid, { detail: email.problem.detail }));
    if (pending) notes.push(t.willRetry);
  }
  return (
    <div className="space-y-1">
      <span
        data-testid="email-status"
        data-status={email.status}
        className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium", tones[email.status])}
      >
        {t.statuses[email.status]}
      </span>
      {notes.length > 0 && (
        <p
          className={cn(
            "max-w-sm break-words text-xs",
            email.status === "failed" || email.status === "skipped"
              ? "text-destructive"
              : "text-muted-foreground",
          )}
          data-testid="email-problem"
        >
          {notes.join(" ")}
        </p>
      )}
    </div>
  );
}
