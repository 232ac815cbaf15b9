"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import {
  addActionItem,
  editActionItem,
  removeActionItem,
  toggleActionItem,
} from "@/app/(app)/meetings/[id]/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionItemJson } from "@/lib/action-items/action-item-json";
import { cn } from "@/lib/cn";
import { useI18n } from "@/lib/i18n/client";
import { CiteLink } from "./cite-link";

type Props = {
  meetingId: string;
  items: ActionItemJson[];
  startTimes: Record<number, number>;
  people: string[];
};

function ItemEditor({ item, onDone }: { item: ActionItemJson; onDone: () => void }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget).entries()) as Record<string, string>;
    startTransition(async () => {
      const result = await editActionItem({
        id: item.id,
        text: form.text ?? "",
        owner: form.owner ?? "",
        dueDate: form.dueDate ?? "",
      });
      if (result.ok) onDone();
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="action-item-editor">
      <Input name="text" defaultValue={item.text} aria-label={t.actionItems.text} required maxLength={1000} />
      <div className="flex gap-2">
        <Input
          name="owner"
          defaultValue={item.owner ?? ""}
          aria-label={t.actionItems.owner}
          placeholder={t.actionItems.owner}
          list="action-item-people"
        />
        <Input name="dueDate" type="date" defaultValue={item.dueDate ?? ""} aria-label={t.actionItems.due} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {t.meeting.save}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t.meeting.cancel}
        </Button>
      </div>
    </form>
  );
}

export function ActionItemsPanel({ meetingId, items, startTimes, people }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refresh = () => router.refresh();

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = Object.fromEntries(new FormData(formElement).entries()) as Record<string, string>;
    startTransition(async () => {
      const result = await addActionItem({
        meetingId,
        text: form.text ?? "",
        owner: form.owner ?? "",
        dueDate: form.dueDate ?? "",
      });
      if (result.ok) {
        formElement.reset();
        refresh();
      }
    });
  }

  return (
    <section
      className="rounded-lg border bg-card p-4"
      aria-labelledby="action-items-heading"
      data-testid="action-items"
    >
      <h2 id="action-items-heading" className="font-medium">
        {t.actionItems.title}
      </h2>
      <datalist id="action-item-people">
        {people.map((person) => (
          <option key={person} value={person} />
        ))}
      </datalist>
      {items.length === 0 && <p className="mt-2 text-sm text-muted-foreground">{t.actionItems.none}</p>}
      <ul className="mt-3 space-y-3">
        {items.map((item) => (
          <li key={item.id} data-testid="action-item" className="text-sm">
            {editing === item.id ? (
              <ItemEditor
                item={item}
                onDone={() => {
                  setEditing(null);
                  refresh();
                }}
              />
            ) : (
              <div className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1 h-4 w-4 accent-[var(--color-primary)]"
                  checked={item.done}
                  aria-label={t.actionItems.markDone}
                  data-testid="action-item-done"
                  onChange={(event) => {
                    const done = event.target.checked;
                    startTransition(async () => {
                      await toggleActionItem({ id: item.id, done });
                      refresh();
                    });
                  }}
                />
                <div className="min-w-0 flex-1">
                  <p
                    className={cn("leading-snug", item.done && "text-muted-foreground line-through")}
                    data-testid="action-item-text"
                  >
                    {item.text}
                    {item.seq !== null && <CiteLink seq={item.seq} startMs={startTimes[item.seq]} />}
                  </p>
                  <p className="mt-0.5 text-xs text-muted-foreground">
                    <span data-testid="action-item-owner">{item.owner ?? t.actionItems.unassigned}</span>
                    {item.dueDate && <span data-testid="action-item-due"> · {item.dueDate}</span>}
                  </p>
                </div>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setEditing(item.id)}
                  aria-label={t.actionItems.edit}
                >
                  ✎
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t.actionItems.delete}
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      await removeActionItem({ id: item.id });
                      refresh();
                    })
                  }
                >
                  ×
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={onAdd} className="mt-4 space-y-2 border-t pt-4" data-testid="add-action-item">
        <Input
          name="text"
          placeholder={t.actionItems.add}
          aria-label={t.actionItems.add}
          required
          maxLength={1000}
        />
        <div className="flex gap-2">
          <Input
            name="owner"
            placeholder={t.actionItems.owner}
            aria-label={t.actionItems.owner}
            list="action-item-people"
          />
          <Input name="dueDate" type="date" aria-label={t.actionItems.due} />
        </div>
        <Button type="submit" size="sm" disabled={pending}>
          {t.actionItems.addButton}
        </Button>
      </form>
    </section>
  );
}
