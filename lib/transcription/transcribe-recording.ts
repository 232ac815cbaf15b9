import {
  type TranscriptionProvider,
  transcriptionGapReason,
  transcriptionProvider,
} from "@/lib/ai/providers";
import type { ParsedSegment } from "@/lib/transcripts/types";
import { transcribeLocally } from "./transcribe-local";
import { type OpenAITranscriptionOptions, transcribeWithOpenAI } from "./transcribe-openai";
import { TranscriptionError } from "./transcription-error";

export type TranscriptionRequest = {
  path: string;
  /** As uploaded; informational only — the content decides how the file is decoded. */
  mime: string;
  language: "auto" | "es" | "en";
};

export type TranscriptionResult = {
  segments: ParsedSegment[];
  language: "es" | "en" | null;
  engine: "openai" | "local";
  model?: string;
};

export type TranscribeOptions = OpenAITranscriptionOptions & {
  /** Defaults to the one chosen from the environment. */
  provider?: TranscriptionProvider;
};

/**
 * A recording's speech as timed segments (speaker "Speaker 1": no diarization), through the
 * configured OpenAI-compatible server or the offline English engine. Throws TranscriptionError.
 */
export async function transcribeRecording(
  request: TranscriptionRequest,
  options: TranscribeOptions = {},
): Promise<TranscriptionResult> {
  const provider = options.provider === undefined ? transcriptionProvider() : options.provider;
  const gap = transcriptionGapReason(provider, request.language);
  if (!provider || gap) throw new TranscriptionError("unconfigured", gap ?? { code: "noEngine" });
  if (provider.kind === "openai") {
    const result = await transcribeWithOpenAI(provider, request, options);
    return { ...result, engine: "openai", model: provider.model };
  }
  const result = await transcribeLocally(request);
  return { ...result, language: "en", engine: "local" };
}
