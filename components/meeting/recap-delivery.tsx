"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { recapDeliveryStatus } from "@/app/(app)/meetings/[id]/email-actions";
import { EmailDeliveryStatus } from "@/components/settings/email-delivery-status";
import type { SentEmail } from "@/lib/email/sent-emails";
import { useI18n } from "@/lib/i18n/context.client";

const POLL_MS = 1500;
// About a minute; a provider that is down is retried for longer, and Settings → Sent emails shows it.
const MAX_POLLS = 40;

const settled = (email: SentEmail | undefined) =>
  email !== undefined && (email.status === "sent" || email.status === "failed" || email.status === "skipped");

/** Each recipient of the recap just sent, with its delivery status as it changes. */
export function RecapDelivery({ queued, active }: { queued: { id: string; to: string }[]; active: boolean }) {
  const { t } = useI18n();
  const [statuses, setStatuses] = useState<Record<string, SentEmail>>({});
  const [gaveUp, setGaveUp] = useState(false);
  const done = queued.every((email) => settled(statuses[email.id]));

  useEffect(() => {
    if (!active || done || queued.length === 0) return;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    async function poll() {
      const result = await recapDeliveryStatus({ ids: queued.map((email) => email.id) });
      if (cancelled) return;
      if (result.ok) {
        setStatuses((current) => ({
          ...current,
          ...Object.fromEntries(result.data.map((email) => [email.id, email])),
        }));
        if (result.data.length === queued.length && result.data.every(settled)) return;
      }
      polls++;
      if (polls >= MAX_POLLS) setGaveUp(true);
      else timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [active, done, queued]);

  if (queued.length === 0) return null;
  return (
    <section aria-labelledby="recap-delivery-heading" className="space-y-2" data-testid="recap-delivery">
      <h3 id="recap-delivery-heading" className="text-sm font-medium">
        {t.email.deliveryTitle}
      </h3>
      <ul className="divide-y rounded-md border" aria-live="polite">
        {queued.map(({ id, to }) => {
          const email = statuses[id];
          return (
            <li
              key={id}
              className="flex flex-wrap items-start justify-between gap-2 px-3 py-2 text-sm"
              data-testid="recap-delivery-row"
              data-to={to}
            >
              <span className="min-w-0 break-all">{to}</span>
              {email ? (
                <EmailDeliveryStatus email={email} t={t.email} />
              ) : (
                <span className="text-xs text-muted-foreground">{t.email.deliveryPending}</span>
              )}
            </li>
          );
        })}
      </ul>
      {gaveUp && !done && <p className="text-xs text-muted-foreground">{t.email.deliveryStopped}</p>}
      <Link
        className="text-xs font-medium text-primary underline-offset-4 hover:underline"
        href="/settings/emails"
      >
        {t.email.deliveryAll}
      </Link>
    </section>
  );
}
