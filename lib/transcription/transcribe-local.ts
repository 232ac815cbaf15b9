import path from "node:path";
import type { ParsedSegment } from "@/lib/transcripts/types";
import { convertAudio } from "./convert-audio";
import { parsePocketsphinxWords } from "./pocketsphinx-words";
import { runProcess } from "./run-process";
import { withTempDir } from "./temp-dir";
import { TranscriptionError } from "./transcription-error";
import { wordsToSegments } from "./words-to-segments";

const SPEAKER = "Speaker 1";

/** Offline English speech-to-text with pocketsphinx; the recording is converted to the WAV it reads. */
export async function transcribeLocally(input: { path: string }): Promise<{ segments: ParsedSegment[] }> {
  return withTempDir(async (dir) => {
    const wav = path.join(dir, "audio.wav");
    const { durationMs } = await convertAudio(input.path, wav, "wav");
    // Roughly real time on one core; the margin covers slow machines, the cap a hung decoder.
    const timeoutMs = 60_000 + durationMs * 3;
    const result = await runProcess(
      "pocketsphinx_continuous",
      ["-infile", wav, "-time", "yes", "-logfn", "/dev/null"],
      { timeoutMs },
    ).catch((error: unknown) => {
      throw new TranscriptionError(
        "unconfigured",
        { code: "pocketsphinxMissing" },
        {
          cause: error,
        },
      );
    });
    if (result.timedOut) {
      throw new TranscriptionError("timeout", { code: "offlineTimeout" });
    }
    if (result.code !== 0) {
      throw new TranscriptionError(
        "provider_error",
        { code: "offlineFailed" },
        {
          cause: result.stderr,
        },
      );
    }
    return { segments: wordsToSegments(parsePocketsphinxWords(result.stdout), SPEAKER) };
  });
}
