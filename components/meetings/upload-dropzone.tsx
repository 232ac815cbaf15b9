"use client";

import { useRouter } from "next/navigation";
import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/cn";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";
import { uploadMeetingFile } from "@/lib/ingest/upload.client";
import { uploadErrorMessage } from "./upload-error-message";
import { type UploadChoices, UploadOptions } from "./upload-options";

type State =
  | { phase: "idle" }
  | { phase: "uploading"; name: string; progress: number }
  | { phase: "cancelled" }
  | { phase: "error"; message: string };

/**
 * Drop or choose a recording or transcript; it becomes a meeting with the chosen template and
 * language. `direct`: the server keeps files in Supabase Storage, so they go straight there.
 */
export function UploadDropzone({ direct }: { direct: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useRef<AbortController | null>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [dragging, setDragging] = useState(false);
  const [choices, setChoices] = useState<UploadChoices>({ template: "default", language: locale });
  const uploading = state.phase === "uploading";

  // Closing the tab mid-upload loses the file: ask first (the sweeper removes what is left behind).
  useEffect(() => {
    if (!uploading) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [uploading]);

  async function send(file: File) {
    const controller = new AbortController();
    upload.current = controller;
    setState({ phase: "uploading", name: file.name, progress: 0 });
    const outcome = await uploadMeetingFile(file, {
      ...choices,
      direct,
      signal: controller.signal,
      onProgress: ({ loaded, total }) =>
        setState({ phase: "uploading", name: file.name, progress: total ? loaded / total : 0 }),
    });
    upload.current = null;
    if (input.current) input.current.value = "";
    if (outcome.ok) {
      router.push(`/meetings/${outcome.meetingId}`);
      return;
    }
    if (outcome.reason === "cancelled") setState({ phase: "cancelled" });
    else setState({ phase: "error", message: uploadErrorMessage(outcome, t, locale) });
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !uploading) void send(file);
  }

  const uploadingLabel = uploading ? fill(t.meetings.upload.uploading, { name: state.name }) : "";
  return (
    <section
      aria-label={t.meetings.upload.title}
      data-testid="upload-dropzone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        "rounded-lg border-2 border-dashed p-6 transition-colors",
        dragging ? "border-primary bg-accent" : "border-border bg-card",
      )}
    >
      <h2 className="font-medium">{t.meetings.upload.title}</h2>
      <p className="mt-1 text-sm text-muted-foreground">{t.meetings.upload.help}</p>
      <UploadOptions value={choices} onChange={setChoices} disabled={uploading} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <label
          htmlFor={inputId}
          className={cn(
            "inline-flex h-10 cursor-pointer items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground focus-within:ring-2 focus-within:ring-ring hover:opacity-90",
            uploading && "pointer-events-none opacity-50",
          )}
        >
          {t.meetings.upload.choose}
          <input
            ref={input}
            id={inputId}
            type="file"
            className="sr-only"
            data-testid="upload-input"
            disabled={uploading}
            accept=".txt,.vtt,.srt,.json,audio/*,video/mp4,video/webm"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void send(file);
            }}
          />
        </label>
      </div>
      {state.phase === "uploading" && (
        <div className="mt-4 space-y-2" aria-live="polite">
          <div className="flex items-center justify-between gap-3">
            <p className="text-sm">{state.progress < 1 ? uploadingLabel : t.meetings.upload.processing}</p>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => upload.current?.abort()}
              aria-label={fill(t.meetingsPage.upload.cancelLabel, { name: state.name })}
              data-testid="upload-cancel"
            >
              {t.meetingsPage.upload.cancel}
            </Button>
          </div>
          <ProgressBar value={state.progress < 1 ? state.progress : null} label={uploadingLabel} />
        </div>
      )}
      {state.phase === "cancelled" && (
        <p role="status" data-testid="upload-cancelled" className="mt-4 text-sm text-muted-foreground">
          {t.meetingsPage.upload.cancelled}
        </p>
      )}
      {state.phase === "error" && (
        <p role="alert" data-testid="upload-error" className="mt-4 text-sm text-destructive">
          {state.message}
        </p>
      )}
    </section>
  );
}
