"use client";

import { type FormEvent, useState, useTransition } from "react";
import { createKey, revokeKey } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ApiKeyJson } from "@/lib/api-keys/manage-api-keys";
import { SCOPES } from "@/lib/api-keys/scopes";
import { useI18n } from "@/lib/i18n/context.client";
import { formatDateTime } from "@/lib/i18n/format";

export function ApiKeys({ keys, timeZone }: { keys: ApiKeyJson[]; timeZone: string }) {
  const { locale, t } = useI18n();
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const formElement = event.currentTarget;
    const scopes = form.getAll("scopes").map(String);
    startTransition(async () => {
      const result = await createKey({ name: String(form.get("name") ?? ""), scopes });
      if (result.ok) {
        setCreated(result.data.key);
        setError(undefined);
        formElement.reset();
      } else setError(t.apiKeys.invalid);
    });
  }

  return (
    <Card className="mt-6 p-6" data-testid="api-keys">
      <h2 className="text-lg font-medium">{t.apiKeys.title}</h2>
      <p className="text-sm text-muted-foreground">
        {t.apiKeys.help}{" "}
        <a href="/docs" className="text-primary underline underline-offset-4">
          {t.apiKeys.docs}
        </a>
      </p>
      {created && (
        <div
          className="mt-4 rounded-md border border-emerald-500/50 bg-emerald-50 p-3 dark:bg-emerald-950/40"
          role="status"
        >
          <p className="text-sm font-medium">{t.apiKeys.showOnce}</p>
          <code
            className="mt-2 block break-all rounded bg-card p-2 font-mono text-sm"
            data-testid="new-api-key"
          >
            {created}
          </code>
          <Button
            size="sm"
            variant="secondary"
            className="mt-2"
            onClick={() => void navigator.clipboard?.writeText(created)}
          >
            {t.apiKeys.copy}
          </Button>
        </div>
      )}
      <form onSubmit={onCreate} className="mt-6 space-y-3" data-testid="create-api-key">
        <div className="space-y-1.5">
          <Label htmlFor="key-name">{t.apiKeys.name}</Label>
          <Input id="key-name" name="name" required maxLength={100} placeholder={t.apiKeys.namePlaceholder} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{t.apiKeys.scopes}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope} defaultChecked className="h-4 w-4" />
                <code>{scope}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <FormMessage message={error} />
        <Button type="submit" disabled={pending}>
          {t.apiKeys.create}
        </Button>
      </form>
      <ul className="mt-6 divide-y rounded-md border" data-testid="api-key-list">
        {keys.length === 0 && <li className="p-3 text-sm text-muted-foreground">{t.apiKeys.none}</li>}
        {keys.map((key) => (
          <li key={key.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
            <span className="font-medium">{key.name}</span>
            <code className="text-muted-foreground">mk_{key.prefix}_…</code>
            <span className="text-xs text-muted-foreground">{key.scopes.join(", ")}</span>
            <span className="text-xs text-muted-foreground" data-testid="api-key-last-used">
              {t.apiKeys.lastUsed}:{" "}
              {/* The reader's language and time zone, the same on the server and in the browser. */}
              {key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale, timeZone) : t.apiKeys.never}
            </span>
            <span className="ml-auto">
              {key.revokedAt ? (
                <span className="text-xs text-destructive">{t.apiKeys.revoked}</span>
              ) : (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => startTransition(async () => void (await revokeKey({ id: key.id })))}
                >
                  {t.apiKeys.revoke}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
