import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function MeetingNotFound() {
  const { t } = await getMessages();
  return (
    <div className="rounded-lg border border-dashed p-10 text-center" data-testid="meeting-not-found">
      <p className="font-medium">{t.meeting.notFound}</p>
      <Link
        href="/meetings"
        className="mt-4 inline-block text-sm text-primary underline-offset-4 hover:underline"
      >
        {t.meeting.back}
      </Link>
    </div>
  );
}
