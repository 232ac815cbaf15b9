import { onPath } from "@/lib/ai/providers";
import { AppError } from "@/lib/kernel/errors";
import { probeAudio } from "@/lib/transcription/probe-audio";
import { isTranscriptionError } from "@/lib/transcription/transcription-error";

/** Whether recordings can be checked here (ffprobe is installed). */
export function canProbeRecordings(): boolean {
  return onPath("ffprobe");
}

/**
 * Checks a received recording with ffprobe before it is kept, however it arrived: one that is
 * damaged, has no audio track or an unknown codec is refused (422, with the reason). Returns when it
 * was recorded, when the file says, so deadlines ("tomorrow") count from that day. Without ffprobe
 * (e.g. on Vercel) nothing can be checked and the file is taken as it is.
 */
export async function probeRecording(file: string): Promise<{ recordedAt: Date | null }> {
  if (!canProbeRecordings()) return { recordedAt: null };
  try {
    const { recordedAt } = await probeAudio(file);
    return { recordedAt };
  } catch (error) {
    if (!isTranscriptionError(error) || error.code === "missing_tool") throw error;
    throw new AppError("validation", error.message, { reason: error.code });
  }
}
