import { spawn } from "node:child_process";
import { TranscriptionError } from "./transcription-error";

export type ProcessResult = { code: number | null; stdout: string; stderr: string; timedOut: boolean };

const STDERR_KEEP = 16_000;

/** Not retryable: running the job again won't install it. */
export function missingTool(command: string, cause?: unknown): TranscriptionError {
  return new TranscriptionError(
    "missing_tool",
    `Converting this recording needs ${command}, which is not installed on this server. Install ffmpeg (it includes ffprobe) and use Retry, or upload an mp3, m4a or wav under 25 MB.`,
    { cause },
  );
}

/**
 * Runs a binary without a shell and collects its output; never rejects for a non-zero exit. A
 * binary that isn't installed rejects with a "missing_tool" TranscriptionError.
 */
export function runProcess(
  command: string,
  args: string[],
  options: { timeoutMs: number },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_KEEP);
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === "ENOENT" ? missingTool(command, error) : error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr, timedOut });
    });
  });
}
