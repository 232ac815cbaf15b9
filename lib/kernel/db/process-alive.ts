import { readFileSync } from "node:fs";

/** A zombie has exited and only waits for its parent to collect it (Linux; elsewhere: never). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/**
 * Whether a process with this pid is running (EPERM: it is, owned by another user such as
 * `postgres`). A server stopped by another process than the one that started it stays a zombie
 * until its parent exits; it holds no port and no lock, so it counts as gone.
 */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return !isZombie(pid);
}
