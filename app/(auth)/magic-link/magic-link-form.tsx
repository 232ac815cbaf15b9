"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signInWithEmailLink } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";

export function MagicLinkForm({ email, token }: { email: string; token: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [invalid, setInvalid] = useState(!email || !token);
  const [pending, startTransition] = useTransition();

  function onContinue() {
    startTransition(async () => {
      const result = await signInWithEmailLink({ email, token });
      if (result.ok) {
        router.replace("/meetings");
        router.refresh();
      } else {
        setInvalid(true);
      }
    });
  }

  return (
    <Card className="p-6" data-testid="magic-link">
      <h1 className="mb-6 text-xl font-semibold">{t.email.magicLinkTitle}</h1>
      {invalid ? (
        <div className="space-y-4">
          <FormMessage message={t.email.magicLinkInvalid} />
          <Link className="text-sm font-medium text-primary underline-offset-4 hover:underline" href="/login">
            {t.email.requestNewLink}
          </Link>
        </div>
      ) : (
        <Button className="w-full" disabled={pending} onClick={onContinue} data-testid="magic-link-continue">
          {pending ? t.auth.working : fill(t.email.magicLinkContinue, { email })}
        </Button>
      )}
    </Card>
  );
}
