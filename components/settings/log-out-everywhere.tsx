"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { logOutEverywhere } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useI18n } from "@/lib/i18n/context.client";

export function LogOutEverywhere() {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onClick() {
    startTransition(async () => {
      const result = await logOutEverywhere({});
      if (result.ok || result.error === "unauthorized") router.replace("/login");
      else setError(t.auth.errors.unknown);
    });
  }

  return (
    <div className="mt-6 border-t pt-6" data-testid="sessions">
      <h3 className="text-base font-medium">{t.settings.sessionsTitle}</h3>
      <p className="mt-1 text-sm text-muted-foreground">{t.settings.sessionsHelp}</p>
      <FormMessage message={error} tone="error" />
      <Button
        variant="secondary"
        className="mt-3"
        onClick={onClick}
        disabled={pending}
        data-testid="log-out-everywhere"
      >
        {t.settings.logOutEverywhere}
      </Button>
    </div>
  );
}
