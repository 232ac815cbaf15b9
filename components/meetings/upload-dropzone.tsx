"use client";

import { useRouter } from "next/navigation";
import { type DragEvent, useId, useRef, useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import { cn } from "@/lib/cn";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { uploadMeetingFile } from "@/lib/meetings/upload-client";

type State =
  | { phase: "idle" }
  | { phase: "uploading"; name: string; progress: number }
  | { phase: "error"; message: string };

export function UploadDropzone() {
  const { t } = useI18n();
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [dragging, setDragging] = useState(false);
  const reasons = t.uploadErrors as Record<string, string>;

  async function upload(file: File) {
    setState({ phase: "uploading", name: file.name, progress: 0 });
    const outcome = await uploadMeetingFile(file, ({ loaded, total }) =>
      setState({ phase: "uploading", name: file.name, progress: total ? loaded / total : 0 }),
    );
    if (outcome.ok) {
      router.push(`/meetings/${outcome.meetingId}`);
      return;
    }
    const translated = outcome.reason ? reasons[outcome.reason] : undefined;
    setState({ phase: "error", message: translated ?? (outcome.message || t.meetings.upload.failed) });
    if (input.current) input.current.value = "";
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && state.phase !== "uploading") void upload(file);
  }

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
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <label
          htmlFor={inputId}
          className="inline-flex h-10 cursor-pointer items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground focus-within:ring-2 focus-within:ring-ring hover:opacity-90"
        >
          {t.meetings.upload.choose}
          <input
            ref={input}
            id={inputId}
            type="file"
            className="sr-only"
            data-testid="upload-input"
            disabled={state.phase === "uploading"}
            accept=".txt,.vtt,.srt,.json,audio/*,video/mp4,video/webm"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </label>
      </div>
      {state.phase === "uploading" && (
        <div className="mt-4 space-y-2" aria-live="polite">
          <p className="text-sm">
            {state.progress < 1
              ? fill(t.meetings.upload.uploading, { name: state.name })
              : t.meetings.upload.processing}
          </p>
          <ProgressBar
            value={state.progress < 1 ? state.progress : null}
            label={fill(t.meetings.upload.uploading, { name: state.name })}
          />
        </div>
      )}
      {state.phase === "error" && (
        <p role="alert" data-testid="upload-error" className="mt-4 text-sm text-destructive">
          {state.message}
        </p>
      )}
    </section>
  );
}
