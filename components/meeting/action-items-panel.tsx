"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import {
  addActionItem,
  editActionItem,
  removeActionItem,
  toggleActionItem,
} from "@/app/(app)/meetings/[id]/actions";
import { cn } from "@/components/cn";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import type { ActionItemJson } from "@/lib/action-items/action-item-json";
import { useI18n } from "@/lib/i18n/context.client";
import { actionErrorMessage } from "./action-error";
import { CiteLink } from "./cite-link";

type Props = {
  meetingId: string;
  items: ActionItemJson[];
  startTimes: Record<number, number>;
  people: string[];
};

type Failure = { message: string; field?: string };

const UNDO_MS = 6000;

const fieldsOf = (form: HTMLFormElement) => {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? "");
  return { text: value("text"), owner: value("owner"), dueDate: value("dueDate") };
};

/** The text, owner and due date inputs, marked invalid when the server refused that field. */
function ItemFields({
  item,
  failure,
  idPrefix,
}: {
  item?: ActionItemJson;
  failure?: Failure;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const invalid = (field: string) =>
    failure?.field === field ? { "aria-invalid": true, "aria-describedby": `${idPrefix}-error` } : {};
  return (
    <>
      <Input
        name="text"
        defaultValue={item?.text}
        placeholder={item ? undefined : t.actionItems.add}
        aria-label={item ? t.actionItems.text : t.actionItems.add}
        required
        maxLength={1000}
        {...invalid("text")}
      />
      <div className="flex gap-2">
        <Input
          name="owner"
          defaultValue={item?.owner ?? ""}
          aria-label={t.actionItems.owner}
          placeholder={t.actionItems.owner}
          list="action-item-people"
          maxLength={100}
          {...invalid("owner")}
        />
        <Input
          name="dueDate"
          type="date"
          defaultValue={item?.dueDate ?? ""}
          aria-label={t.actionItems.due}
          {...invalid("dueDate")}
        />
      </div>
      <FormMessage id={`${idPrefix}-error`} message={failure?.message} />
    </>
  );
}

function ItemEditor({ item, onDone }: { item: ActionItemJson; onDone: (saved: boolean) => void }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<Failure>();
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = fieldsOf(event.currentTarget);
    setFailure(undefined);
    startTransition(async () => {
      const result = await editActionItem({ id: item.id, ...fields });
      if (result.ok) onDone(true);
      else setFailure({ message: actionErrorMessage(t, result.error), field: result.field });
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="action-item-editor">
      <ItemFields item={item} failure={failure} idPrefix={`edit-${item.id}`} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {t.meeting.save}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onDone(false)}>
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
  const [addFailure, setAddFailure] = useState<Failure>();
  // A failed toggle or delete, shown next to the item it concerns.
  const [itemFailure, setItemFailure] = useState<{ id: string; message: string }>();
  const [pending, startTransition] = useTransition();
  const refresh = () => router.refresh();
  // Ticks show at once; the server's answer (or its refusal) follows.
  const [doneShown, setDoneShown] = useState<ReadonlyMap<string, boolean>>(new Map());
  // A deleted item is hidden at once and removed for good after a moment, unless undone.
  const [deleted, setDeleted] = useState<ActionItemJson | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const pendingDelete = useRef<{ id: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  // Leaving the page doesn't cancel a delete the reader didn't undo.
  useEffect(
    () => () => {
      if (pendingDelete.current) {
        clearTimeout(pendingDelete.current.timer);
        void removeActionItem({ id: pendingDelete.current.id });
      }
    },
    [],
  );

  function toggle(item: ActionItemJson, done: boolean) {
    setItemFailure(undefined);
    setDoneShown((previous) => new Map(previous).set(item.id, done));
    startTransition(async () => {
      const result = await toggleActionItem({ id: item.id, done });
      if (result.ok) {
        refresh();
        return;
      }
      setDoneShown((previous) => {
        const next = new Map(previous);
        next.delete(item.id);
        return next;
      });
      setItemFailure({ id: item.id, message: actionErrorMessage(t, result.error) });
    });
  }

  function commitDelete() {
    const current = pendingDelete.current;
    if (!current) return;
    clearTimeout(current.timer);
    pendingDelete.current = null;
    setDeleted(null);
    startTransition(async () => {
      const result = await removeActionItem({ id: current.id });
      if (result.ok) {
        refresh();
        return;
      }
      setHidden((previous) => new Set([...previous].filter((id) => id !== current.id)));
      setItemFailure({ id: current.id, message: actionErrorMessage(t, result.error) });
    });
  }

  function remove(item: ActionItemJson) {
    commitDelete();
    setItemFailure(undefined);
    setHidden((previous) => new Set(previous).add(item.id));
    setDeleted(item);
    pendingDelete.current = { id: item.id, timer: setTimeout(commitDelete, UNDO_MS) };
  }

  function undo() {
    const current = pendingDelete.current;
    if (!current) return;
    clearTimeout(current.timer);
    pendingDelete.current = null;
    setHidden((previous) => new Set([...previous].filter((id) => id !== current.id)));
    setDeleted(null);
  }

  const shown = items.filter((item) => !hidden.has(item.id));

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const fields = fieldsOf(formElement);
    setAddFailure(undefined);
    startTransition(async () => {
      const result = await addActionItem({ meetingId, ...fields });
      if (result.ok) {
        formElement.reset();
        refresh();
      } else {
        // The form keeps what was typed, so fixing the one field is enough.
        setAddFailure({ message: actionErrorMessage(t, result.error), field: result.field });
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
      {shown.length === 0 && <p className="mt-2 text-sm text-muted-foreground">{t.actionItems.none}</p>}
      <ul className="mt-3 space-y-3">
        {shown.map((item) => {
          const done = doneShown.get(item.id) ?? item.done;
          return (
            <li key={item.id} data-testid="action-item" className="text-sm">
              {editing === item.id ? (
                <ItemEditor
                  item={item}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) refresh();
                  }}
                />
              ) : (
                <div className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-1 h-4 w-4 accent-[var(--color-primary)]"
                    checked={done}
                    aria-label={t.actionItems.markDone}
                    data-testid="action-item-done"
                    onChange={(event) => toggle(item, event.target.checked)}
                  />
                  <div className="min-w-0 flex-1">
                    <p
                      className={cn("leading-snug", done && "text-muted-foreground line-through")}
                      data-testid="action-item-text"
                    >
                      {item.text}
                      {item.seq !== null && <CiteLink seq={item.seq} startMs={startTimes[item.seq]} />}
                    </p>
                    <p className="mt-0.5 text-xs text-muted-foreground">
                      <span data-testid="action-item-owner">{item.owner ?? t.actionItems.unassigned}</span>
                      {item.dueDate && <span data-testid="action-item-due"> · {item.dueDate}</span>}
                    </p>
                    {itemFailure?.id === item.id && <FormMessage message={itemFailure.message} />}
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
                    onClick={() => remove(item)}
                    data-testid="action-item-delete"
                  >
                    ×
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {deleted && (
          <p
            className="mt-3 flex items-center justify-between gap-2 rounded-md border bg-muted px-3 py-2 text-sm"
            data-testid="action-item-deleted"
          >
            <span className="min-w-0 truncate">{t.actionItems.deleted}</span>
            <Button size="sm" variant="secondary" onClick={undo} data-testid="action-item-undo">
              {t.actionItems.undo}
            </Button>
          </p>
        )}
      </div>
      <form onSubmit={onAdd} className="mt-4 space-y-2 border-t pt-4" data-testid="add-action-item">
        <ItemFields failure={addFailure} idPrefix="add-action-item" />
        <Button type="submit" size="sm" disabled={pending}>
          {t.actionItems.addButton}
        </Button>
      </form>
    </section>
  );
}
