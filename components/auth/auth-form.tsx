"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { emailSignInLink, logIn, signUp } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { safeNextPath } from "@/lib/navigation/safe-next-path";
import { OAuthButtons } from "./oauth-buttons";

type Mode = "login" | "signup";

export function AuthForm({
  mode,
  oauth,
  emailLinks = false,
  callbackUrl,
}: {
  mode: Mode;
  oauth: { github: boolean; google: boolean };
  /** Whether this server can email sign-in and reset links (it can't in production without a provider). */
  emailLinks?: boolean;
  /** The page the visitor was sent here from, to return to after signing in. */
  callbackUrl?: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<{ message: string; field?: string }>();
  const [linkSent, setLinkSent] = useState<{ devInbox: boolean }>();
  const [signUpSent, setSignUpSent] = useState<{ email: string; devInbox: boolean }>();
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const errors = t.auth.errors as Record<string, string>;

  function onEmailLink() {
    const email = String(new FormData(form.current ?? undefined).get("email") ?? "").trim();
    setLinkSent(undefined);
    if (!email) {
      setError({ message: t.email.needEmail, field: "email" });
      return;
    }
    startTransition(async () => {
      const result = await emailSignInLink({ email });
      if (result.ok) {
        setError(undefined);
        setLinkSent(result.data);
      } else {
        const message =
          result.error === "email_unavailable" ? t.email.emailLinksUnavailable : errors[result.error];
        setError({ message: message ?? errors.unknown ?? "", field: result.field });
      }
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(form.entries());
    if (mode === "signup") input.timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setSignUpSent(undefined);
    startTransition(async () => {
      const result = mode === "login" ? await logIn(input) : await signUp(input);
      if (result.ok && result.data?.checkEmail) {
        setError(undefined);
        setSignUpSent({ email: String(input.email ?? "").trim(), devInbox: result.data.devInbox });
      } else if (result.ok) {
        router.replace(safeNextPath(callbackUrl, window.location.origin));
        router.refresh();
      } else {
        setError({ message: errors[result.error] ?? errors.unknown ?? "", field: result.field });
      }
    });
  }

  const title = mode === "login" ? t.auth.logInTitle : t.auth.signUpTitle;
  return (
    <Card className="p-6">
      <h1 className="mb-6 text-xl font-semibold">{title}</h1>
      <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate data-testid={`${mode}-form`}>
        {mode === "signup" && (
          <div className="space-y-1.5">
            <Label htmlFor="name">
              {t.auth.name} <span className="font-normal text-muted-foreground">({t.auth.optional})</span>
            </Label>
            <Input id="name" name="name" autoComplete="name" />
          </div>
        )}
        <div className="space-y-1.5">
          <Label htmlFor="email">{t.auth.email}</Label>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            aria-invalid={error?.field === "email"}
            data-testid="email"
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="password">{t.auth.password}</Label>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete={mode === "login" ? "current-password" : "new-password"}
            required
            aria-invalid={error?.field === "password"}
            aria-describedby={mode === "signup" ? "password-hint" : undefined}
            data-testid="password"
          />
          {mode === "signup" && (
            <p id="password-hint" className="text-xs text-muted-foreground">
              {t.auth.passwordHint}
            </p>
          )}
          {/* After the password field, so the keyboard reaches it in reading order. */}
          {mode === "login" && emailLinks && (
            <p className="text-right">
              <Link
                href="/forgot-password"
                className="text-xs text-muted-foreground underline underline-offset-4 hover:text-foreground"
                data-testid="forgot-password"
              >
                {t.email.forgotPassword}
              </Link>
            </p>
          )}
        </div>
        <FormMessage message={error?.message} />
        {linkSent && <FormMessage tone="success" message={t.email.magicLinkSent} />}
        {signUpSent && (
          <FormMessage tone="success" message={fill(t.auth.signUpCheckEmail, { email: signUpSent.email })} />
        )}
        {(linkSent ?? signUpSent)?.devInbox && (
          <p className="text-sm">
            <Link className="font-medium text-primary underline-offset-4 hover:underline" href="/dev/inbox">
              {t.email.devInboxHint}
            </Link>
          </p>
        )}
        <Button type="submit" className="w-full" disabled={pending} data-testid="submit">
          {pending ? t.auth.working : mode === "login" ? t.auth.logIn : t.auth.signUp}
        </Button>
        {mode === "login" && !emailLinks && (
          <p className="text-xs text-muted-foreground" data-testid="email-links-unavailable">
            {t.email.emailLinksUnavailable}
          </p>
        )}
        {mode === "login" && emailLinks && (
          <Button
            variant="secondary"
            className="w-full"
            disabled={pending}
            onClick={onEmailLink}
            data-testid="email-link"
          >
            {t.email.magicLinkButton}
          </Button>
        )}
      </form>
      <OAuthButtons providers={oauth} />
      <p className="mt-6 text-center text-sm text-muted-foreground">
        {mode === "login" ? t.auth.noAccount : t.auth.haveAccount}{" "}
        <Link
          className="font-medium text-primary underline-offset-4 hover:underline"
          href={mode === "login" ? "/signup" : "/login"}
        >
          {mode === "login" ? t.auth.signUp : t.auth.logIn}
        </Link>
      </p>
    </Card>
  );
}
