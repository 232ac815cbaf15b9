"use client";

import Link from "next/link";
import { useEffect } from "react";
import { StatusPage } from "@/components/shell/status-page";
import { Button, buttonClasses } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/context.client";

/** A page that failed to render: said plainly, in the reader's language, with a way to retry. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const { t } = useI18n();
  const copy = t.welcome.error;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage title={copy.title} text={copy.text} testId="error-page">
      <Button onClick={reset}>{copy.retry}</Button>
      <Link href="/meetings" className={buttonClasses("secondary", "md")}>
        {copy.home}
      </Link>
    </StatusPage>
  );
}
