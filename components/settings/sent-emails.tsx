import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { SentEmail } from "@/lib/email/sent-emails";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { EmailDeliveryStatus } from "./email-delivery-status";

type Props = {
  result: { data: SentEmail[]; nextCursor: string | null };
  paged: boolean;
  locale: Locale;
  timeZone: string;
};

const linkClass = "font-medium text-primary underline underline-offset-4";

/** Settings → Emails: the user's emails, newest first, with their delivery status. */
export function SentEmails({ result, paged, locale, timeZone }: Props) {
  const t = messagesFor(locale).email;
  const c = t.columns;
  if (result.data.length === 0) {
    return (
      <p
        className="mt-6 rounded-lg border border-dashed p-10 text-center text-sm text-muted-foreground"
        data-testid="sent-emails-empty"
      >
        {t.sentEmailsEmpty}
      </p>
    );
  }
  return (
    <div className="mt-6 space-y-4">
      <div className="overflow-x-auto rounded-lg border bg-card">
        <table className="w-full text-left text-sm" data-testid="sent-emails">
          <caption className="sr-only">{t.sentEmailsTitle}</caption>
          <thead className="bg-muted text-xs uppercase text-muted-foreground">
            <tr>
              {[t.timeColumn, c.to, c.subject, t.meetingColumn, c.status].map((label) => (
                <th key={label} scope="col" className="px-3 py-2">
                  {label}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">
                {c.attempts}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.data.map((email) => (
              <tr key={email.id} className="border-t align-top" data-testid="sent-email-row">
                <td className="whitespace-nowrap px-3 py-2 text-muted-foreground">
                  <time dateTime={email.createdAt}>{formatDateTime(email.createdAt, locale, timeZone)}</time>
                </td>
                <td className="break-all px-3 py-2" data-testid="sent-email-to">
                  {email.to}
                </td>
                <td className="px-3 py-2">
                  <span className="block font-medium">{email.subject}</span>
                  <span className="text-xs text-muted-foreground">{t.templateNames[email.template]}</span>
                </td>
                <td className="px-3 py-2">
                  {email.meeting ? (
                    <Link className={linkClass} href={`/meetings/${email.meeting.id}`}>
                      {email.meeting.title}
                    </Link>
                  ) : (
                    <span className="text-muted-foreground">{t.noMeeting}</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  <EmailDeliveryStatus email={email} t={t} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{email.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex justify-between" aria-label={t.sentEmailsPages}>
        {paged ? (
          <Link href="/settings/emails" className={buttonClasses("ghost", "sm")}>
            {t.newest}
          </Link>
        ) : (
          <span />
        )}
        {result.nextCursor && (
          <Link
            href={`/settings/emails?cursor=${encodeURIComponent(result.nextCursor)}`}
            className={buttonClasses("secondary", "sm")}
            data-testid="sent-emails-older"
          >
            {t.older}
          </Link>
        )}
      </nav>
    </div>
  );
}
