import { getSql } from "./client";
import { isDatabaseUnavailable } from "./database-unavailable";

// Pages ask before they render: one probe a second at most, shared by every request meanwhile, so
// a healthy database costs one `select 1` a second, and an outage is known within the timeout.
const PROBE_EVERY_MS = 1_000;
// Long enough that a busy pool (every connection at work) isn't mistaken for an outage, short
// enough that the 503 page still comes within 5 s.
const PROBE_TIMEOUT_MS = 4_000;

type Gate = { last?: { available: boolean; at: number }; probing?: Promise<boolean> };
const globals = globalThis as { minutaDatabaseGate?: Gate };

/**
 * Whether the database answered its last probe. Only an outage (or no answer in time) closes the
 * gate: any other failure lets the page render and report itself as it would without the gate.
 */
export async function databaseAvailable(): Promise<boolean> {
  globals.minutaDatabaseGate ??= {};
  const gate = globals.minutaDatabaseGate;
  if (gate.last && Date.now() - gate.last.at < PROBE_EVERY_MS) return gate.last.available;
  gate.probing ??= probe().then((available) => {
    gate.last = { available, at: Date.now() };
    gate.probing = undefined;
    return available;
  });
  return gate.probing;
}

async function probe(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  const answered = (async () => {
    try {
      await getSql()`select 1`;
      return true;
    } catch (error) {
      return !isDatabaseUnavailable(error);
    }
  })();
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
