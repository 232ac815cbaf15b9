import { getSql } from "./client";

/** Resolves once the database answers again (true), or false after `timeoutMs`. */
export async function waitForDatabase(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await getSql()`select 1`;
      return true;
    } catch {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
