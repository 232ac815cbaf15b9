import { z } from "zod";
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

/** The response's segments shifted by the chunk's start; whisper's "silence" segments dropped. */
export function whisperSegments(
  response: VerboseTranscription,
  offsetMs: number,
  chunkMs: number,
): ParsedSegment[] {
  const segments = response.segments ?? [];
  if (segments.length === 0 && response.text?.trim()) {
    return [{ speaker: SPEAKER, text: response.text.trim(), startMs: offsetMs, endMs: offsetMs + chunkMs }];
  }
  return (
    segments
      .filter((segment) => segment.text.trim() !== "")
      // OpenAI's documented hallucination test: likely silence and a low-confidence decode.
      .filter((segment) => !((segment.no_speech_prob ?? 0) > 0.6 && (segment.avg_logprob ?? 0) < -1))
      .map((segment) => {
        const startMs = offsetMs + Math.round(segment.start * 1000);
        return {
          speaker: SPEAKER,
          text: segment.text.trim(),
          startMs,
          endMs: Math.max(startMs, offsetMs + Math.round(segment.end * 1000)),
        };
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
