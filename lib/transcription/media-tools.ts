import { onPath } from "@/lib/ai/providers";

/** Whether ffmpeg and ffprobe, which convert, cut and check recordings, are installed. */
export function mediaToolsInstalled(): boolean {
  return onPath("ffmpeg") && onPath("ffprobe");
}
