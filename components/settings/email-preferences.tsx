import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getEmailPreferences } from "@/lib/email/recap-settings";
import { getMessages } from "@/lib/i18n/server";
import { EmailPreferencesForm } from "./email-preferences-form";

/** Settings → Email: the automatic recap setting, the user's unsubscribe state, and the way to sent emails. */
export async function EmailPreferences({ userId }: { userId: string }) {
  const [{ t }, preferences] = await Promise.all([getMessages(), getEmailPreferences(userId)]);
  return (
    <Card className="mt-6 p-6" data-testid="email-preferences">
      <h2 className="text-lg font-medium">{t.email.preferencesTitle}</h2>
      <p className="text-sm text-muted-foreground">{t.email.preferencesHelp}</p>
      <EmailPreferencesForm {...preferences} />
      <p className="mt-4 border-t pt-4 text-sm">
        <Link
          className="font-medium text-primary underline-offset-4 hover:underline"
          href="/settings/emails"
          data-testid="sent-emails-link"
        >
          {t.email.sentEmailsLink}
        </Link>
      </p>
    </Card>
  );
}
