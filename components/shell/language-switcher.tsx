"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { chooseLocale } from "@/app/actions/preferences";
import { useI18n } from "@/lib/i18n/context.client";

export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t.language.label}</span>
      <select
        data-testid="language-switcher"
        className="h-9 rounded-md border border-input bg-card px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await chooseLocale(next);
            router.refresh();
          });
        }}
      >
        <option value="en">{t.language.en}</option>
        <option value="es">{t.language.es}</option>
      </select>
    </label>
  );
}
