import { describe, expect, it } from "vitest";
import {
  EXPORT_CONTENT,
  type ExportMeeting,
  exportFileName,
  exportTranscript,
} from "@/lib/transcripts/export-transcript";
import type { Segment } from "@/lib/transcripts/types";
import { collectText } from "./transcript-source";

const meeting: ExportMeeting = {
  id: "7d0c4e4e-2f61-4a4f-9d7e-1f7e8b3c2a10",
  title: "Revisión *trimestral*",
  language: "es",
  participants: [{ name: "Ana García", email: "ana@example.com" }, { name: "Luis" }],
  startedAt: "2025-03-04T10:00:00.000Z",
  endedAt: "2025-03-04T11:00:00.000Z",
  durationMs: 3_600_000,
  createdAt: "2025-03-04T09:59:00.000Z",
};

const segments: Segment[] = [
  { seq: 0, speaker: "Ana García", text: "Tom & Jerry: 3 < 4 > 2", startMs: 1500, endMs: 4000 },
  { seq: 1, speaker: "Luis", text: "Vale.", startMs: 3_725_001, endMs: 3_726_000 },
];

async function* slowly(items: Segment[]): AsyncGenerator<Segment> {
  for (const item of items) yield item;
}

describe("transcript exports", () => {
  it("writes text as [hh:mm:ss] Speaker: text lines", async () => {
    expect(await collectText(exportTranscript("txt", meeting, segments))).toBe(
      "[00:00:01] Ana García: Tom & Jerry: 3 < 4 > 2\n[01:02:05] Luis: Vale.\n",
    );
  });

  it("writes WebVTT with voices and escapes markup characters", async () => {
    expect(await collectText(exportTranscript("vtt", meeting, slowly(segments)))).toBe(
      "WEBVTT\n\n0\n00:00:01.500 --> 00:00:04.000\n<v Ana García>Tom &amp; Jerry: 3 &lt; 4 &gt; 2</v>\n\n" +
        "1\n01:02:05.001 --> 01:02:06.000\n<v Luis>Vale.</v>\n",
    );
  });

  it("writes a line without speaker as bare text in every format", async () => {
    const anonymous: Segment[] = [{ seq: 0, speaker: "", text: "Hola: qué tal", startMs: 0, endMs: 1000 }];
    expect(await collectText(exportTranscript("txt", meeting, anonymous))).toBe("[00:00:00] Hola: qué tal\n");
    expect(await collectText(exportTranscript("srt", meeting, anonymous))).toBe(
      "1\n00:00:00,000 --> 00:00:01,000\nHola: qué tal\n",
    );
    expect(await collectText(exportTranscript("vtt", meeting, anonymous))).toBe(
      "WEBVTT\n\n0\n00:00:00.000 --> 00:00:01.000\nHola: qué tal\n",
    );
  });

  it("writes SubRip numbered from 1 with Speaker: text cues", async () => {
    expect(await collectText(exportTranscript("srt", meeting, segments))).toBe(
      "1\n00:00:01,500 --> 00:00:04,000\nAna García: Tom & Jerry: 3 < 4 > 2\n\n" +
        "2\n01:02:05,001 --> 01:02:06,000\nLuis: Vale.\n",
    );
  });

  it("writes Minuta's JSON export with the meeting's public fields only", async () => {
    const withExtras = { ...meeting, status: "ready", source: "upload" };
    const document = JSON.parse(await collectText(exportTranscript("json", withExtras, segments)));
    expect(document).toEqual({
      version: 1,
      meeting: {
        id: meeting.id,
        title: meeting.title,
        language: "es",
        participants: meeting.participants,
        startedAt: meeting.startedAt,
        endedAt: meeting.endedAt,
        durationMs: 3_600_000,
        createdAt: meeting.createdAt,
      },
      segments,
    });
  });

  it("streams JSON a segment at a time instead of building one string", async () => {
    const chunks: string[] = [];
    for await (const chunk of exportTranscript("json", meeting, segments)) chunks.push(chunk);
    expect(chunks.length).toBe(segments.length + 2);
  });

  it("writes an empty transcript as valid documents", async () => {
    expect(JSON.parse(await collectText(exportTranscript("json", meeting, []))).segments).toEqual([]);
    expect(await collectText(exportTranscript("vtt", meeting, []))).toBe("WEBVTT\n");
  });

  it("writes Markdown with the title, date, participants, notes and escaped transcript", async () => {
    const notes = "## Resumen\n\n- Presupuesto aprobado";
    const markdown = await collectText(
      exportTranscript("md", meeting, segments, {
        notes,
        labels: { date: "Fecha", transcript: "Transcripción" },
      }),
    );
    expect(markdown).toBe(
      [
        "# Revisión \\*trimestral\\*",
        "",
        "- **Fecha:** 2025-03-04 10:00 UTC",
        "- **Participants:** Ana García, Luis",
        "",
        notes,
        "",
        "## Transcripción",
        "",
        "**Ana García** [00:00:01] Tom & Jerry: 3 \\< 4 \\> 2",
        "",
        "**Luis** [01:02:05] Vale.",
        "",
      ].join("\n"),
    );
  });

  it("writes the Markdown date in the reader's time zone, unambiguously", async () => {
    const markdown = await collectText(exportTranscript("md", meeting, [], { timeZone: "Europe/Madrid" }));
    expect(markdown).toContain("- **Date:** 2025-03-04 11:00 Europe/Madrid\n");
    const fallback = await collectText(exportTranscript("md", meeting, [], { timeZone: "Not/AZone" }));
    expect(fallback).toContain("- **Date:** 2025-03-04 10:00 UTC\n");
  });

  it("names each format's content type and file name", () => {
    expect(EXPORT_CONTENT.vtt.contentType).toBe("text/vtt; charset=utf-8");
    expect(EXPORT_CONTENT.md.contentType).toBe("text/markdown; charset=utf-8");
    expect(exportFileName("Reunión de equipo: Q1/2025", "srt")).toBe("reunion-de-equipo-q1-2025.srt");
    expect(exportFileName("¿?", "json")).toBe("transcript.json");
  });
});
