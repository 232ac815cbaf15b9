import { existsSync } from "node:fs";
import path from "node:path";
import { logError, logWarn } from "@/lib/kernel/log";
import { withFileLock } from "./file-lock";
import { livePostmaster } from "./postmaster";

const POLL_MS = 500;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 30_000;
// A server that stayed up this long crashed for a new reason: its next restart starts the backoff over.
const STABLE_MS = 60_000;

export type PostmasterWatchdog = { stop: () => void };

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Watches the embedded postmaster this process started and starts it again when it dies (killed,
 * crashed, out of memory): PostgreSQL replays its WAL on start (crash recovery), and the app's pools
 * reconnect by themselves. Restarts back off from 250 ms to 30 s while they keep failing (orphaned
 * backends still holding shared memory, a port taken) and are logged. A server shut down on purpose
 * (its postmaster.pid removed, as a clean shutdown does) is left down.
 */
export function watchPostmaster(options: {
  clusterDir: string;
  /** The lock every process takes to start this folder's server, so two never start it at once. */
  lockFile: string;
  start: () => Promise<void>;
}): PostmasterWatchdog {
  const { clusterDir, lockFile, start } = options;
  let stopped = false;
  let streak = 0;
  let upSince = Date.now();

  const restart = async (): Promise<void> => {
    for (let attempt = 1; !stopped; attempt++) {
      const delayMs = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** streak);
      logWarn("embedded PostgreSQL is down; restarting it", { clusterDir, attempt, delayMs });
      await sleep(delayMs);
      if (stopped) return;
      const began = Date.now();
      try {
        // Another process sharing the folder may have started it meanwhile: then it is up, and ours.
        await withFileLock(lockFile, async () => {
          if (!livePostmaster(clusterDir)) await start();
        });
        upSince = Date.now();
        logWarn("embedded PostgreSQL restarted after a crash", {
          clusterDir,
          attempt,
          ms: upSince - began,
          pid: livePostmaster(clusterDir)?.pid,
        });
        return;
      } catch (error) {
        streak++;
        logError("embedded PostgreSQL did not restart", error ?? "the server exited while starting", {
          clusterDir,
          attempt,
        });
      }
    }
  };

  const watch = async () => {
    while (!stopped) {
      await sleep(POLL_MS);
      if (stopped || livePostmaster(clusterDir)) continue;
      if (!existsSync(path.join(clusterDir, "postmaster.pid"))) {
        logWarn("embedded PostgreSQL was shut down; not restarting it", { clusterDir });
        return;
      }
      streak = Date.now() - upSince > STABLE_MS ? 0 : streak + 1;
      await restart();
    }
  };
  void watch();

  return {
    stop: () => {
      stopped = true;
    },
  };
}
