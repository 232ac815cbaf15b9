import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { processAlive } from "./process-alive";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * Runs `work` while holding a lock file that names this process, so two processes never start the
 * same server at once. A lock whose process is gone (killed mid-start) is taken over.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock read as empty may be one being written right now: only a named, dead holder is stale.
      const holder = readFileSafe(file);
      if (holder !== "" && !processAlive(Number.parseInt(holder, 10))) rmSync(file, { force: true });
      else if (Date.now() > deadline) throw new Error(`Timed out waiting for ${file}`);
      else await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}
