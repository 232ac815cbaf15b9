import { transcriptionProvider } from "@/lib/ai/providers";
import { mediaToolsInstalled } from "./media-tools";

/**
 * The health check's transcription line: "unconfigured" with no speech-to-text engine; "down" when
 * one is configured but ffmpeg/ffprobe are missing, so only small recordings in a format the
 * provider takes as it is (mp3, m4a, wav… under 25 MB) can be transcribed; "ok" otherwise.
 */
export function transcriptionHealth(): "ok" | "down" | "unconfigured" {
  if (!transcriptionProvider()) return "unconfigured";
  return mediaToolsInstalled() ? "ok" : "down";
}
