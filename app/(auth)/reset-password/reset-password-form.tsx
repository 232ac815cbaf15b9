"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { chooseNewPassword } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/context.client";

export function ResetPasswordForm({ email, token }: { email: string; token: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const errors = t.auth.errors as Record<string, string>;
  const [invalid, setInvalid] = useState(!email || !token);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    startTransition(async () => {
      const result = await chooseNewPassword({ email, token, password });
      if (result.ok) {
        router.replace("/meetings");
        router.refresh();
      } else if (result.error === "reset_invalid") {
        setInvalid(true);
      } else {
        setError(errors[result.error] ?? errors.unknown);
      }
    });
  }

  return (
    <Card className="p-6">
      <h1 className="mb-6 text-xl font-semibold">{t.email.resetTitle}</h1>
      {invalid ? (
        <div className="space-y-4" data-testid="reset-invalid">
          <FormMessage message={t.email.resetInvalid} />
          <Link
            className="text-sm font-medium text-primary underline-offset-4 hover:underline"
            href="/forgot-password"
          >
            {t.email.sendResetLink}
          </Link>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="reset-password-form">
          <div className="space-y-1.5">
            <Label htmlFor="password">{t.email.newPassword}</Label>
            <Input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              aria-describedby="password-hint"
              aria-invalid={Boolean(error)}
              data-testid="password"
            />
            <p id="password-hint" className="text-xs text-muted-foreground">
              {t.auth.passwordHint}
            </p>
          </div>
          <FormMessage message={error} />
          <Button type="submit" className="w-full" disabled={pending} data-testid="submit">
            {pending ? t.auth.working : t.email.resetSubmit}
          </Button>
        </form>
      )}
    </Card>
  );
}
