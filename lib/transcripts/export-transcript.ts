import type { ExportMeeting, ExportSegments } from "@/lib/transcripts/export/export-meeting";
import { toJson } from "@/lib/transcripts/export/to-json";
import { type MarkdownOptions, toMarkdown } from "@/lib/transcripts/export/to-markdown";
import { toSrt } from "@/lib/transcripts/export/to-srt";
import { toTxt } from "@/lib/transcripts/export/to-txt";
import { toVtt } from "@/lib/transcripts/export/to-vtt";

export type { ExportMeeting, ExportSegments } from "@/lib/transcripts/export/export-meeting";
export type { MarkdownLabels, MarkdownOptions } from "@/lib/transcripts/export/to-markdown";

export const EXPORT_FORMATS = ["json", "txt", "vtt", "srt", "md"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the transcript route answers for each `?format=`. */
export const EXPORT_CONTENT: Record<ExportFormat, { contentType: string; extension: string }> = {
  json: { contentType: "application/json; charset=utf-8", extension: "json" },
  txt: { contentType: "text/plain; charset=utf-8", extension: "txt" },
  vtt: { contentType: "text/vtt; charset=utf-8", extension: "vtt" },
  srt: { contentType: "application/x-subrip; charset=utf-8", extension: "srt" },
  md: { contentType: "text/markdown; charset=utf-8", extension: "md" },
};

/** The whole document as text chunks, for the route to stream; `options` only matter to Markdown. */
export function exportTranscript(
  format: ExportFormat,
  meeting: ExportMeeting,
  segments: ExportSegments,
  options: MarkdownOptions = {},
): AsyncGenerator<string> {
  switch (format) {
    case "json":
      return toJson(meeting, segments);
    case "txt":
      return toTxt(meeting, segments);
    case "vtt":
      return toVtt(meeting, segments);
    case "srt":
      return toSrt(meeting, segments);
    case "md":
      return toMarkdown(meeting, segments, options);
  }
}

/** A download name from the title: "Reunión de equipo" → "reunion-de-equipo.md". */
export function exportFileName(title: string, format: ExportFormat): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug || "transcript"}.${EXPORT_CONTENT[format].extension}`;
}
