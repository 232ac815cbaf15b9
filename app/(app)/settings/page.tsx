import { ApiKeys } from "@/components/settings/api-keys";
import { EmailPreferences } from "@/components/settings/email-preferences";
import { ProfileForm } from "@/components/settings/profile-form";
import { WatchlistForm } from "@/components/settings/watchlist-form";
import { WebhooksSettings } from "@/components/settings/webhooks-settings";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { requireUser } from "@/lib/auth/session";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";
import { findUserById } from "@/lib/users/queries";
import { canonicalTimeZone, selectableTimeZones } from "@/lib/users/time-zone";

export const generateMetadata = titled("settings");

export default async function SettingsPage() {
  const session = await requireUser();
  const user = await findUserById(session.id);
  const { locale, t } = await getMessages();
  return (
    <section className="max-w-3xl">
      <h1 className="text-2xl font-semibold tracking-tight">{t.settings.title}</h1>
      <ProfileForm
        initial={{
          name: user?.name ?? "",
          locale: user?.locale ?? locale,
          timezone: canonicalTimeZone(user?.timezone ?? "UTC") ?? "UTC",
        }}
        timezones={selectableTimeZones()}
      />
      <WatchlistForm terms={user?.watchlist ?? []} />
      <EmailPreferences userId={session.id} />
      <ApiKeys keys={await listApiKeys(session.id)} timeZone={user?.timezone ?? "UTC"} />
      <WebhooksSettings userId={session.id} />
    </section>
  );
}
