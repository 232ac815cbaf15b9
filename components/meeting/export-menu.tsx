"use client";

import { buttonClasses } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/context.client";
import { fill } from "@/lib/i18n/format";

const FORMATS = [
  { id: "md", label: "Markdown" },
  { id: "txt", label: "TXT" },
  { id: "vtt", label: "WebVTT" },
  { id: "srt", label: "SRT" },
  { id: "json", label: "JSON" },
] as const;

export function ExportMenu({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  return (
    <details
      className="relative"
      data-testid="export-menu"
      onKeyDown={(event) => {
        // Escape closes the menu and leaves focus on its button, as any menu does.
        if (event.key !== "Escape" || !event.currentTarget.open) return;
        event.currentTarget.open = false;
        event.currentTarget.querySelector("summary")?.focus();
      }}
    >
      <summary className={`${buttonClasses("secondary")} list-none`} data-testid="export-button">
        {t.meeting.export}
      </summary>
      <ul className="absolute right-0 z-10 mt-1 w-44 rounded-md border bg-card p-1 shadow-md">
        {FORMATS.map((format) => (
          <li key={format.id}>
            <a
              href={`/api/v1/meetings/${meetingId}/transcript?format=${format.id}`}
              download
              aria-label={fill(t.meeting.exportAs, { format: format.label })}
              className="block rounded px-3 py-2 text-sm hover:bg-muted"
              data-testid={`export-${format.id}`}
            >
              {format.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
