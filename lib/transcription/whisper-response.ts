import { z } from "zod";
import { cleanText, MAX_OFFSET_MS, MAX_TEXT_CHARS } from "@/lib/transcripts/normalize-segment";
import type { ParsedSegment } from "@/lib/transcripts/types";

const segmentSchema = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  no_speech_prob: z.number().optional(),
  avg_logprob: z.number().optional(),
});

/** verbose_json as OpenAI and compatible servers (faster-whisper, vLLM…) return it; extras ignored. */
export const verboseTranscriptionSchema = z.object({
  text: z.string().optional(),
  language: z.string().optional(),
  duration: z.number().optional(),
  segments: z.array(segmentSchema).optional(),
});

export type VerboseTranscription = z.infer<typeof verboseTranscriptionSchema>;

export const SPEAKER = "Speaker 1";

const clampMs = (ms: number) => Math.min(MAX_OFFSET_MS, Math.max(0, Math.round(ms)));

/** Text longer than a segment may hold, cut at spaces into pieces with times shared out by length. */
function storable(text: string, startMs: number, endMs: number): ParsedSegment[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT_CHARS) {
    const cut = rest.lastIndexOf(" ", MAX_TEXT_CHARS);
    const at = cut > MAX_TEXT_CHARS / 2 ? cut : MAX_TEXT_CHARS;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  const start = clampMs(startMs);
  const span = Math.max(0, clampMs(endMs) - start);
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  let done = 0;
  return pieces.map((piece) => {
    const from = start + Math.round((span * done) / total);
    done += piece.length;
    return { speaker: SPEAKER, text: piece, startMs: from, endMs: start + Math.round((span * done) / total) };
  });
}

/**
 * The response's segments shifted by the chunk's start, whisper's "silence" segments dropped, and
 * made storable: a server's output is untrusted like any client's (control characters, negative
 * times, a whole chunk's text in one piece).
 */
export function whisperSegments(
  response: VerboseTranscription,
  offsetMs: number,
  chunkMs: number,
): ParsedSegment[] {
  const segments = response.segments ?? [];
  if (segments.length === 0) {
    const text = cleanText(response.text ?? "");
    return text ? storable(text, offsetMs, offsetMs + chunkMs) : [];
  }
  return (
    segments
      // OpenAI's documented hallucination test: likely silence and a low-confidence decode.
      .filter((segment) => !((segment.no_speech_prob ?? 0) > 0.6 && (segment.avg_logprob ?? 0) < -1))
      .flatMap((segment) => {
        const text = cleanText(segment.text);
        if (!text) return [];
        const startMs = offsetMs + Math.round(segment.start * 1000);
        return storable(text, startMs, Math.max(startMs, offsetMs + Math.round(segment.end * 1000)));
      })
  );
}

const LANGUAGES: Record<string, "es" | "en"> = {
  en: "en",
  english: "en",
  es: "es",
  spanish: "es",
  castilian: "es",
};

export function whisperLanguage(language: string | undefined): "es" | "en" | null {
  return LANGUAGES[(language ?? "").trim().toLowerCase()] ?? null;
}
