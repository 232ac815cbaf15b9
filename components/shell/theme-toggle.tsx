"use client";

import { useTransition } from "react";
import { chooseTheme } from "@/app/actions/preferences";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/context.client";

export function ThemeToggle() {
  const { t } = useI18n();
  const [, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={t.theme.toggle}
      title={t.theme.toggle}
      data-testid="theme-toggle"
      onClick={() => {
        const root = document.documentElement;
        const dark = !root.classList.contains("dark");
        root.classList.toggle("dark", dark);
        root.classList.toggle("light", !dark);
        startTransition(async () => {
          await chooseTheme(dark ? "dark" : "light");
        });
      }}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M12 3a6 6 0 1 0 9 9 9 9 0 1 1-9-9Z" />
      </svg>
    </Button>
  );
}
