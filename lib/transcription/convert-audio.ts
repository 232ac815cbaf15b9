import { probeAudio } from "./probe-audio";
import { runProcess } from "./run-process";
import { TranscriptionError } from "./transcription-error";

export type AudioTarget = "wav" | "mp3";

const ENCODE: Record<AudioTarget, string[]> = {
  // What pocketsphinx reads: 16 kHz mono signed 16-bit PCM.
  wav: ["-c:a", "pcm_s16le", "-f", "wav"],
  // Speech at 48 kbit/s mono: ~21 MB an hour, so most meetings fit the 25 MB upload limit whole.
  mp3: ["-c:a", "libmp3lame", "-b:a", "48k", "-f", "mp3"],
};

/** Shorter than this after decoding and there is nothing to transcribe. */
const MIN_AUDIO_MS = 100;

/**
 * Decodes the recording's first audio track to 16 kHz mono `target` at `output`; returns the
 * decoded duration. Damaged, empty or non-audio input → "unreadable_audio"; undecodable → "unsupported_codec".
 */
export async function convertAudio(
  input: string,
  output: string,
  target: AudioTarget,
): Promise<{ durationMs: number }> {
  const probed = await probeAudio(input);
  const timeoutMs = 120_000 + (probed.durationMs ?? 0) / 5;
  const args = [
    "-nostdin",
    "-v",
    "error",
    "-y",
    "-i",
    input,
    "-map",
    "0:a:0",
    "-vn",
    "-ac",
    "1",
    "-ar",
    "16000",
  ];
  const result = await runProcess("ffmpeg", [...args, ...ENCODE[target], output], { timeoutMs });
  if (result.timedOut) throw new TranscriptionError("timeout", { code: "convertTimeout" });
  if (result.code !== 0) {
    if (/decoder .*not found|unknown decoder|no decoder/i.test(result.stderr)) {
      throw new TranscriptionError(
        "unsupported_codec",
        { code: "unsupportedCodec" },
        { cause: result.stderr },
      );
    }
    throw new TranscriptionError("unreadable_audio", { code: "unreadable" }, { cause: result.stderr });
  }
  const decoded = await probeAudio(output).catch(() => ({ durationMs: 0 }));
  if ((decoded.durationMs ?? 0) < MIN_AUDIO_MS) {
    throw new TranscriptionError("unreadable_audio", { code: "zeroLength" });
  }
  return { durationMs: decoded.durationMs ?? 0 };
}
