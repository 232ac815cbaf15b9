import fc from "fast-check";
import { expect } from "vitest";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { appendSegments } from "@/lib/meetings/live-segments";
import { type CallResult, expectProblem, segment } from "@/tests/support/api-fixtures";

/**
 * What the no-5xx property suites share: how many runs they make, the call their meetings hold,
 * and the contract every answer keeps.
 */

// The limiter is created on first use; hundreds of requests a second from one key and the test's
// single "IP" would otherwise be answered 429 before they reach the handlers under test.
process.env.RATE_LIMIT_PER_MINUTE = "10000000";

// PROPERTY_RUNS raises it for a deeper hunt by hand; CI keeps the default.
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 50);

export const CALL = [
  segment(0, "Ana", "Morning. The vendor contract renewal is on the agenda."),
  segment(1, "Bob", "I'll send the redlined contract to legal by Friday."),
  segment(2, "Ana", "Good. Let's decide on the budget next week."),
];
/** CALL's lines as an uploaded transcript writes them: "Speaker: text". */
export const CALL_LINES = CALL.map((s) => `${s.speaker}: ${s.text}`);
export const TRANSCRIPT = CALL_LINES.join("\n");

/** The id choice "make one for this request". */
export const FRESH = { fresh: true } as const;

export async function createFreshMeeting(userId: string): Promise<string> {
  return (await createMeeting(userId, { title: "Fresh" })).id;
}

/** A fresh meeting holding CALL as live captions. */
export async function createLiveMeeting(userId: string): Promise<string> {
  const id = await createFreshMeeting(userId);
  await appendSegments(userId, id, { segments: CALL });
  return id;
}

/** The body of a route that reads none: any JSON, or no body at all. */
export const anyJsonBody = fc.option(
  fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json })),
  { nil: undefined },
);

/** The id as it appears in a URL; Next.js hands the handler the decoded one, as `params` does here. */
export function pathSegment(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    return "not-encodable"; // a lone surrogate: no client can put it in a URL
  }
}

/** No 5xx; no 429 (the requests must reach the handlers); every refusal in the one problem+json shape. */
export function expectContract(result: CallResult) {
  expect(result.status, `${result.status} ${result.text.slice(0, 400)}`).toBeLessThan(500);
  expect(result.status, "rate limited: the property never reached the handler").not.toBe(429);
  if (result.status >= 300) expectProblem(result, result.status);
}
