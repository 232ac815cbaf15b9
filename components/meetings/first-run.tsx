"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addSample } from "@/app/(app)/meetings/sample-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useI18n } from "@/lib/i18n/context.client";

/** What a new user sees before their first meeting: a sample to explore, and how to get better notes. */
export function FirstRun() {
  const { t } = useI18n();
  const copy = t.welcome.firstRun;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function add() {
    setFailed(false);
    startTransition(async () => {
      const result = await addSample({});
      if (result.ok) router.push(`/meetings/${result.data.meetingId}`);
      else setFailed(true);
    });
  }

  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="first-run">
      <section aria-labelledby="first-run-sample" className="rounded-lg border bg-card p-5">
        <h2 id="first-run-sample" className="font-medium">
          {copy.title}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{copy.text}</p>
        <Button className="mt-4" onClick={add} disabled={pending} data-testid="add-sample">
          {pending ? copy.adding : copy.add}
        </Button>
        <FormMessage message={failed ? copy.failed : undefined} />
      </section>
      <section aria-labelledby="first-run-model" className="rounded-lg border bg-card p-5">
        <h2 id="first-run-model" className="font-medium">
          {copy.modelTitle}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground" data-testid="connect-model">
          {copy.modelText}
        </p>
      </section>
    </div>
  );
}
