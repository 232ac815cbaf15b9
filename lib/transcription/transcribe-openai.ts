import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type OpenAI from "openai";
import { type CircuitBreaker, circuitBreakerFor } from "@/lib/ai/circuit-breaker";
import type { ParsedSegment } from "@/lib/transcripts/types";
import { convertAudio } from "./convert-audio";
import { isProviderFailure, toTranscriptionError } from "./openai-error";
import { type AudioChunk, splitAudio } from "./split-audio";
import { withTempDir } from "./temp-dir";
import { TranscriptionError } from "./transcription-error";
import { verboseTranscriptionSchema, whisperLanguage, whisperSegments } from "./whisper-response";

export type OpenAITranscriptionOptions = {
  /** The provider's upload limit; larger files are cut into pieces. OpenAI: 25 MB. */
  maxUploadBytes?: number;
  /** Length of each piece when a file must be cut. */
  chunkSeconds?: number;
  /** Per request, before the SDK's own retries. */
  timeoutMs?: number;
  breaker?: CircuitBreaker;
};

const DEFAULTS = { maxUploadBytes: 24 * 1024 * 1024, chunkSeconds: 600, timeoutMs: 5 * 60_000 };

/** Speech-to-text through the openai SDK (OpenAI or any compatible server), in upload-sized pieces. */
export async function transcribeWithOpenAI(
  provider: { client: OpenAI; model: string },
  input: { path: string; language: "auto" | "es" | "en" },
  options: OpenAITranscriptionOptions = {},
): Promise<{ segments: ParsedSegment[]; language: "es" | "en" | null }> {
  const settings = { ...DEFAULTS, ...options };
  const breaker =
    options.breaker ??
    circuitBreakerFor(`transcription:${provider.client.baseURL}`, { isFailure: isProviderFailure });
  return withTempDir(async (dir) => {
    const audio = path.join(dir, "audio.mp3");
    const { durationMs } = await convertAudio(input.path, audio, "mp3");
    const chunks: AudioChunk[] =
      (await stat(audio)).size > settings.maxUploadBytes
        ? await splitAudio(audio, dir, settings.chunkSeconds)
        : [{ path: audio, startMs: 0 }];
    const segments: ParsedSegment[] = [];
    let detected: "es" | "en" | null = null;
    for (const [index, chunk] of chunks.entries()) {
      const chunkEndMs = chunks[index + 1]?.startMs ?? durationMs;
      // A file-backed Blob, not a stream: the SDK can re-send it when it retries, without loading it.
      const file = new File([await openAsBlob(chunk.path)], path.basename(chunk.path), {
        type: "audio/mpeg",
      });
      const response = await breaker
        .run(() =>
          provider.client.audio.transcriptions.create(
            {
              file,
              model: provider.model,
              response_format: "verbose_json",
              timestamp_granularities: ["segment"],
              ...(input.language === "auto" ? {} : { language: input.language }),
            },
            { timeout: settings.timeoutMs },
          ),
        )
        .catch((error: unknown) => {
          throw toTranscriptionError(error);
        });
      const parsed = verboseTranscriptionSchema.safeParse(response);
      if (!parsed.success) {
        throw new TranscriptionError(
          "provider_error",
          "The transcription service sent an answer Minuta cannot read.",
          {
            cause: parsed.error,
          },
        );
      }
      detected ??= whisperLanguage(parsed.data.language);
      segments.push(...whisperSegments(parsed.data, chunk.startMs, chunkEndMs - chunk.startMs));
    }
    return { segments, language: input.language === "auto" ? detected : input.language };
  });
}
