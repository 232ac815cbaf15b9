import Link from "next/link";
import { SentEmails } from "@/components/settings/sent-emails";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth/session";
import { listSentEmails } from "@/lib/email/sent-emails";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";
import { isAppError } from "@/lib/kernel/errors";
import { getProfile } from "@/lib/users/profile";

export const generateMetadata = titled("sentEmails");

type SearchParams = Promise<{ cursor?: string | string[] }>;

export default async function SentEmailsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const { locale, t } = await getMessages();
  const profile = await getProfile(user.id);
  const { cursor } = await searchParams;
  const page = typeof cursor === "string" && cursor ? cursor : undefined;
  // A stale or edited page link shows the newest emails instead of an error page.
  let badPage = false;
  const result = await listSentEmails(user.id, { cursor: page }).catch((error: unknown) => {
    if (!isAppError(error) || error.code !== "validation") throw error;
    badPage = true;
    return listSentEmails(user.id);
  });
  return (
    <section className="max-w-5xl">
      <Link className="text-sm text-primary underline-offset-4 hover:underline" href="/settings">
        ← {t.email.backToSettings}
      </Link>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{t.email.sentEmailsTitle}</h1>
      <p className="mt-1 text-sm text-muted-foreground">{t.email.sentEmailsHelp}</p>
      {badPage && (
        <div className="mt-4">
          <FormMessage message={t.email.sentEmailsBadPage} />
        </div>
      )}
      <SentEmails
        result={result}
        paged={Boolean(page) && !badPage}
        locale={locale}
        timeZone={profile.timezone}
      />
    </section>
  );
}
