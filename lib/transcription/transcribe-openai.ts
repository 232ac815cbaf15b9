import { openAsBlob } from "node:fs";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import type OpenAI from "openai";
import { type CircuitBreaker, circuitBreakerFor } from "@/lib/ai/circuit-breaker";
import { sniffMedia } from "@/lib/transcription/sniff-media";
import type { ParsedSegment } from "@/lib/transcripts/types";
import { convertAudio } from "./convert-audio";
import { mediaToolsInstalled } from "./media-tools";
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
    const { chunks, durationMs } = mediaToolsInstalled()
      ? await convertedPieces(input.path, dir, settings)
      : await originalAsItIs(input.path, settings.maxUploadBytes);
    const segments: ParsedSegment[] = [];
    let detected: "es" | "en" | null = null;
    for (const [index, chunk] of chunks.entries()) {
      // A file-backed Blob, not a stream: the SDK can re-send it when it retries, without loading it.
      const file = new File([await openAsBlob(chunk.path)], chunk.name, { type: chunk.mime });
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
          { code: "unreadableAnswer" },
          {
            cause: parsed.error,
          },
        );
      }
      detected ??= whisperLanguage(parsed.data.language);
      const chunkEndMs =
        chunks[index + 1]?.startMs ??
        durationMs ??
        chunk.startMs + Math.round((parsed.data.duration ?? 0) * 1000);
      segments.push(...whisperSegments(parsed.data, chunk.startMs, chunkEndMs - chunk.startMs));
    }
    return { segments, language: input.language === "auto" ? detected : input.language };
  });
}

type Piece = AudioChunk & { name: string; mime: string };

/** The recording as 16 kHz mono mp3, cut into pieces the provider takes when it is too large. */
async function convertedPieces(
  input: string,
  dir: string,
  settings: { maxUploadBytes: number; chunkSeconds: number },
): Promise<{ chunks: Piece[]; durationMs: number }> {
  const audio = path.join(dir, "audio.mp3");
  const { durationMs } = await convertAudio(input, audio, "mp3");
  const chunks: AudioChunk[] =
    (await stat(audio)).size > settings.maxUploadBytes
      ? await splitAudio(audio, dir, settings.chunkSeconds)
      : [{ path: audio, startMs: 0 }];
  return {
    chunks: chunks.map((chunk) => ({ ...chunk, name: path.basename(chunk.path), mime: "audio/mpeg" })),
    durationMs,
  };
}

// What OpenAI's speech-to-text reads as it is (it goes by the file name's extension).
const PROVIDER_FORMATS = new Set(["mp3", "m4a", "mp4", "wav", "ogg", "webm", "flac"]);

/**
 * Without ffmpeg (e.g. on Vercel) the recording goes as it was uploaded, when the provider takes it:
 * a format it reads, under its size limit. Otherwise a clear, non-retryable reason naming ffmpeg.
 */
async function originalAsItIs(
  input: string,
  maxUploadBytes: number,
): Promise<{ chunks: Piece[]; durationMs: null }> {
  const { size } = await stat(input);
  if (size === 0) throw new TranscriptionError("unreadable_audio", { code: "recordingEmpty" });
  const media = sniffMedia(await readHead(input));
  if (!media) throw new TranscriptionError("unreadable_audio", { code: "unreadable" });
  if (!PROVIDER_FORMATS.has(media.extension)) {
    throw new TranscriptionError(
      "missing_tool",
      `The speech-to-text service doesn't take ${media.extension} recordings as they are, and converting this one needs ffmpeg, which is not installed on this server. Install ffmpeg and use Retry, or upload an mp3, m4a or wav.`,
    );
  }
  if (size > maxUploadBytes) {
    const megabytes = Math.floor(maxUploadBytes / (1024 * 1024));
    throw new TranscriptionError(
      "missing_tool",
      `This recording is larger than the ${megabytes} MB the speech-to-text service takes at once, and cutting it into pieces needs ffmpeg, which is not installed on this server. Install ffmpeg and use Retry, or upload a shorter recording.`,
    );
  }
  return {
    chunks: [{ path: input, startMs: 0, name: `recording.${media.extension}`, mime: media.mime }],
    durationMs: null,
  };
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
