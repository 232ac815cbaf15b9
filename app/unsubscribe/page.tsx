import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { unsubscribeState } from "@/lib/email/unsubscribe";
import { fill } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { confirmUnsubscribe } from "./actions";

export const metadata = { title: "Unsubscribe · Minuta", robots: { index: false } };

type Search = Promise<{ token?: string | string[] }>;

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4">
      <Card className="w-full max-w-sm p-6" data-testid="unsubscribe">
        <p className="mb-4 text-sm font-semibold text-muted-foreground">Minuta</p>
        <h1 className="mb-4 text-xl font-semibold">{title}</h1>
        {children}
      </Card>
    </main>
  );
}

// Opening the link only asks; the button unsubscribes (mail scanners open links on their own).
export default async function UnsubscribePage({ searchParams }: { searchParams: Search }) {
  const { t } = await getMessages();
  const { token } = await searchParams;
  const state = typeof token === "string" ? await unsubscribeState(token) : null;
  if (!state || typeof token !== "string") {
    return (
      <Frame title={t.email.unsubscribeTitle}>
        <p className="text-sm text-destructive" role="alert">
          {t.email.unsubscribeInvalid}
        </p>
      </Frame>
    );
  }
  if (state.unsubscribed) {
    return (
      <Frame title={t.email.unsubscribedTitle}>
        <p className="text-sm" role="status" data-testid="unsubscribed">
          {fill(t.email.unsubscribedBody, { email: state.email })}
        </p>
      </Frame>
    );
  }
  return (
    <Frame title={t.email.unsubscribeTitle}>
      <form action={confirmUnsubscribe} className="space-y-4">
        <p className="text-sm">{fill(t.email.unsubscribeConfirm, { email: state.email })}</p>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" className="w-full" data-testid="unsubscribe-confirm">
          {t.email.unsubscribeButton}
        </Button>
      </form>
    </Frame>
  );
}
