import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { processAlive } from "./process-alive";

export type Postmaster = { pid: number; port: number | undefined };

/** Whether `pid` runs a PostgreSQL binary, so a pid reused by another program is never mistaken for it. */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    const ps = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
    // Without /proc or ps there is no way to tell: a live pid is taken to be the server.
    return ps.status === null || ps.error !== undefined || ps.stdout.includes("postgres");
  }
}

/**
 * The running postmaster of `clusterDir` according to its lock file (postmaster.pid: pid on the
 * first line, port on the fourth), or undefined when the lock is missing or its process is gone.
 */
export function livePostmaster(clusterDir: string): Postmaster | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid) || !isPostgres(pid)) return undefined;
  const port = Number.parseInt(lines[3] ?? "", 10);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : undefined };
}
