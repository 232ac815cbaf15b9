import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { buttonClasses } from "@/components/ui/button";
import { titled } from "@/lib/i18n/page-title";
import { getMessages } from "@/lib/i18n/server";

export const generateMetadata = titled("notFound");

export default async function NotFound() {
  const { t } = await getMessages();
  const copy = t.welcome.notFound;
  return (
    <StatusPage code="404" title={copy.title} text={copy.text} testId="not-found">
      <Link href="/meetings" className={buttonClasses("primary", "md")}>
        {copy.home}
      </Link>
    </StatusPage>
  );
}
