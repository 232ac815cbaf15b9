import { stat } from "node:fs/promises";
import { z } from "zod";
import { runProcess } from "./run-process";
import { TranscriptionError } from "./transcription-error";

const probeSchema = z.object({
  streams: z
    .array(z.object({ codec_type: z.string().optional(), codec_name: z.string().optional() }))
    .default([]),
  format: z
    .object({
      duration: z.coerce.number().optional(),
      tags: z.object({ creation_time: z.string().optional() }).optional(),
    })
    .optional(),
});

// Devices with an unset clock stamp 1904 or 1970; a date that far back says nothing.
const EARLIEST_RECORDING = Date.UTC(1990, 0, 1);
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Checks with ffprobe that the file holds a decodable audio track; returns its stated duration and,
 * when the container says (phones and recorders write creation_time), when it was recorded.
 */
export async function probeAudio(
  path: string,
): Promise<{ durationMs: number | null; recordedAt: Date | null }> {
  const { size } = await stat(path);
  if (size === 0) throw new TranscriptionError("unreadable_audio", { code: "recordingEmpty" });
  const result = await runProcess(
    "ffprobe",
    [
      "-v",
      "error",
      "-show_entries",
      "stream=codec_type,codec_name:format=duration:format_tags=creation_time",
      "-of",
      "json",
      path,
    ],
    { timeoutMs: 60_000 },
  );
  if (result.code !== 0)
    throw new TranscriptionError("unreadable_audio", { code: "unreadable" }, { cause: result.stderr });
  const parsed = probeSchema.safeParse(parseJson(result.stdout));
  if (!parsed.success) throw new TranscriptionError("unreadable_audio", { code: "unreadable" });
  const audio = parsed.data.streams.filter((stream) => stream.codec_type === "audio");
  if (audio.length === 0) {
    throw new TranscriptionError("unreadable_audio", { code: "noAudioTrack" });
  }
  // ffprobe names every codec it can decode; an audio stream without a name is one it cannot.
  if (!audio[0]?.codec_name || audio[0].codec_name === "none") {
    throw new TranscriptionError("unsupported_codec", { code: "unsupportedCodec" });
  }
  const duration = parsed.data.format?.duration;
  return {
    durationMs: duration !== undefined && Number.isFinite(duration) ? Math.round(duration * 1000) : null,
    recordedAt: recordingTime(parsed.data.format?.tags?.creation_time),
  };
}

function recordingTime(text: string | undefined): Date | null {
  if (!text) return null;
  const time = Date.parse(text);
  if (!Number.isFinite(time) || time < EARLIEST_RECORDING || time > Date.now() + CLOCK_SKEW_MS) return null;
  return new Date(time);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
