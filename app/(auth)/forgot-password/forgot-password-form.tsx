"use client";

import Link from "next/link";
import { type FormEvent, useState, useTransition } from "react";
import { emailPasswordReset } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/context.client";
import { BackToLogin } from "./back-to-login";

export function ForgotPasswordForm() {
  const { t } = useI18n();
  const errors = t.auth.errors as Record<string, string>;
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<{ devInbox: boolean }>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    startTransition(async () => {
      const result = await emailPasswordReset({ email });
      if (result.ok) {
        setError(undefined);
        setSent(result.data);
      } else {
        setSent(undefined);
        setError(
          result.error === "email_unavailable"
            ? t.email.forgotUnavailable
            : (errors[result.error] ?? errors.unknown),
        );
      }
    });
  }

  return (
    <Card className="p-6">
      <h1 className="mb-2 text-xl font-semibold">{t.email.forgotTitle}</h1>
      <p className="mb-6 text-sm text-muted-foreground">{t.email.forgotHelp}</p>
      <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="forgot-password-form">
        <div className="space-y-1.5">
          <Label htmlFor="email">{t.auth.email}</Label>
          <Input id="email" name="email" type="email" autoComplete="email" required data-testid="email" />
        </div>
        <FormMessage message={error} />
        {sent && <FormMessage tone="success" message={t.email.resetSent} />}
        {sent?.devInbox && (
          <p className="text-sm">
            <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/dev/inbox">
              {t.email.devInboxHint}
            </Link>
          </p>
        )}
        <Button type="submit" className="w-full" disabled={pending} data-testid="submit">
          {pending ? t.auth.working : t.email.sendResetLink}
        </Button>
      </form>
      <BackToLogin label={t.email.requestNewLink} />
    </Card>
  );
}
