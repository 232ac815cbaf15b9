import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { processAlive } from "./process-alive";

// How many times this process took the server in each folder (a test may ask twice).
const held = new Map<string, number>();

const usersDir = (dir: string) => path.join(dir, "postgres-users");

/** Records that this process uses the embedded server under `dir`. */
export function registerUser(dir: string): void {
  mkdirSync(usersDir(dir), { recursive: true });
  writeFileSync(path.join(usersDir(dir), String(process.pid)), "");
  held.set(dir, (held.get(dir) ?? 0) + 1);
}

/** Forgets this process's use; true when no live process uses the server any more. */
export function unregisterUser(dir: string): boolean {
  const count = (held.get(dir) ?? 1) - 1;
  if (count > 0) {
    held.set(dir, count);
    return false;
  }
  held.delete(dir);
  rmSync(path.join(usersDir(dir), String(process.pid)), { force: true });
  let others = 0;
  for (const name of readdirSync(usersDir(dir))) {
    const pid = Number.parseInt(String(name), 10);
    if (processAlive(pid)) others++;
    else rmSync(path.join(usersDir(dir), String(name)), { force: true });
  }
  return others === 0;
}
