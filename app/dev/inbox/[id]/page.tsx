import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOutboxEmail, inboxDocument } from "@/lib/email/dev-inbox";
import { devInboxAllowed } from "@/lib/email/dev-inbox-access";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export const metadata = { title: "Dev inbox · Minuta", robots: { index: false } };

// The email is shown in a sandboxed iframe without scripts; its links open in a new tab.
export default async function DevInboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!devInboxAllowed(await headers())) notFound();
  const { id } = await params;
  const email = await getOutboxEmail(id);
  if (!email) notFound();
  const { t, locale } = await getMessages();
  const c = t.email.columns;
  return (
    <main id="main" className="mx-auto max-w-4xl px-6 py-8">
      <Link className="text-sm text-primary underline-offset-4 hover:underline" href="/dev/inbox">
        ← {t.email.devInboxBack}
      </Link>
      <h1 className="mt-4 text-xl font-semibold">{email.subject}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">{c.to}</dt>
        <dd data-testid="dev-inbox-to">{email.to}</dd>
        <dt className="text-muted-foreground">{c.template}</dt>
        <dd>
          {email.template} · {email.locale}
        </dd>
        <dt className="text-muted-foreground">{c.status}</dt>
        <dd>
          {t.email.statuses[email.status]}
          {email.provider === "outbox" ? ` (${t.email.outboxOnly})` : ""}
          {email.providerId ? ` · ${email.providerId}` : ""}
        </dd>
        <dt className="text-muted-foreground">{c.attempts}</dt>
        <dd>{email.attempts}</dd>
        <dt className="text-muted-foreground">{c.created}</dt>
        <dd>{formatDateTime(email.createdAt.toISOString(), locale, "UTC")}</dd>
        {email.lastError ? (
          <>
            <dt className="text-muted-foreground">{c.lastError}</dt>
            <dd className="break-words text-destructive">{email.lastError}</dd>
          </>
        ) : null}
      </dl>
      <iframe
        title={email.subject}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={inboxDocument(email.html)}
        className="mt-6 h-[70vh] w-full rounded-lg border bg-white"
        data-testid="dev-inbox-frame"
      />
      <details className="mt-4">
        <summary className="cursor-pointer text-sm text-muted-foreground">{t.email.plainText}</summary>
        <pre className="mt-2 whitespace-pre-wrap rounded-lg border bg-muted p-4 text-xs">{email.text}</pre>
      </details>
    </main>
  );
}
