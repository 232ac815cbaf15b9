import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listOutbox } from "@/lib/email/dev-inbox";
import { devInboxAllowed } from "@/lib/email/dev-inbox-access";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export const metadata = { title: "Dev inbox · Minuta", robots: { index: false } };

/** Every outbox email with its delivery state: outside production, for requests from this machine only. */
export default async function DevInboxPage() {
  if (!devInboxAllowed(await headers())) notFound();
  const { t, locale } = await getMessages();
  const emails = await listOutbox();
  const c = t.email.columns;
  return (
    <main id="main" className="mx-auto max-w-6xl px-6 py-8">
      <h1 className="text-2xl font-semibold">{t.email.devInboxTitle}</h1>
      <p className="mt-1 text-sm text-muted-foreground">{t.email.devInboxHelp}</p>
      {emails.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed p-10 text-center text-sm text-muted-foreground">
          {t.email.devInboxEmpty}
        </p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border">
          <table className="w-full text-left text-sm" data-testid="dev-inbox">
            <thead className="bg-muted text-xs uppercase text-muted-foreground">
              <tr>
                <th className="px-3 py-2">{c.created}</th>
                <th className="px-3 py-2">{c.to}</th>
                <th className="px-3 py-2">{c.subject}</th>
                <th className="px-3 py-2">{c.template}</th>
                <th className="px-3 py-2">{c.status}</th>
                <th className="px-3 py-2">{c.attempts}</th>
                <th className="px-3 py-2">{c.lastError}</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.id} className="border-t align-top" data-testid="dev-inbox-row">
                  <td className="whitespace-nowrap px-3 py-2 text-muted-foreground">
                    {formatDateTime(email.createdAt.toISOString(), locale, "UTC")}
                  </td>
                  <td className="px-3 py-2">{email.to}</td>
                  <td className="px-3 py-2">
                    <Link
                      className="font-medium text-primary underline-offset-4 hover:underline"
                      href={`/dev/inbox/${email.id}`}
                    >
                      {email.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{email.template}</td>
                  <td className="px-3 py-2">
                    {t.email.statuses[email.status]}
                    {email.status === "sent" && email.provider === "outbox" ? ` (${t.email.outboxOnly})` : ""}
                  </td>
                  <td className="px-3 py-2">{email.attempts}</td>
                  <td className="max-w-xs break-words px-3 py-2 text-destructive">{email.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
