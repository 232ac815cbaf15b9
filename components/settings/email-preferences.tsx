import { Card } from "@/components/ui/card";
import { getEmailPreferences } from "@/lib/email/recap-settings";
import { getMessages } from "@/lib/i18n/server";
import { EmailPreferencesForm } from "./email-preferences-form";

/** Settings → Email: the automatic recap setting and the user's unsubscribe state. */
export async function EmailPreferences({ userId }: { userId: string }) {
  const [{ t }, preferences] = await Promise.all([getMessages(), getEmailPreferences(userId)]);
  return (
    <Card className="mt-6 p-6" data-testid="email-preferences">
      <h2 className="text-lg font-medium">{t.email.preferencesTitle}</h2>
      <p className="text-sm text-muted-foreground">{t.email.preferencesHelp}</p>
      <EmailPreferencesForm {...preferences} />
    </Card>
  );
}
