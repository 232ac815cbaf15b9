import { readFile } from "node:fs/promises";
import path from "node:path";
import { runProcess } from "./run-process";
import { TranscriptionError } from "./transcription-error";

export type AudioChunk = { path: string; startMs: number };

/**
 * Cuts an mp3 into pieces of about `chunkSeconds` without re-encoding. Cuts fall on frame
 * boundaries, so each piece's real start comes from ffmpeg's segment list, not from i × chunkSeconds.
 */
export async function splitAudio(input: string, dir: string, chunkSeconds: number): Promise<AudioChunk[]> {
  const list = path.join(dir, "chunks.csv");
  const args = ["-nostdin", "-v", "error", "-y", "-i", input, "-map", "0:a:0", "-c", "copy", "-f", "segment"];
  const segment = ["-segment_time", String(chunkSeconds), "-segment_list", list, "-segment_list_type", "csv"];
  const output = path.join(dir, "chunk-%04d.mp3");
  const result = await runProcess("ffmpeg", [...args, ...segment, "-reset_timestamps", "1", output], {
    timeoutMs: 600_000,
  });
  if (result.code !== 0) {
    throw new TranscriptionError(
      "unreadable_audio",
      { code: "splitFailed" },
      {
        cause: result.stderr,
      },
    );
  }
  const chunks = (await readFile(list, "utf8"))
    .split("\n")
    .map((line) => line.trim().split(","))
    .filter((fields) => fields.length >= 2 && fields[0])
    .map(([name, start]) => ({
      path: path.join(dir, name ?? ""),
      startMs: Math.round(Number(start) * 1000),
    }));
  return chunks.sort((a, b) => a.startMs - b.startMs);
}
