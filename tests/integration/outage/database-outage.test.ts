import { describe, expect, it } from "vitest";
import * as healthRoute from "@/app/api/health/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import { getSql } from "@/lib/kernel/db/client";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import { readSse } from "@/tests/support/sse";
import { liveMeeting, openEvents, segment } from "../realtime/helpers";
import { killPostmaster, onOutageDatabase, restartedAfter, serverAnswers } from "./outage-database";

// 50 captioners on one key send far more than the default 600 requests a minute: not what this tests.
process.env.RATE_LIMIT_PER_MINUTE = "1000000";

const APPENDERS = 50;
const MAX_WAIT_MS = 5_000;
const HEALTH_WITHIN_MS = 10_000;

onOutageDatabase();

type Answer = {
  status: number;
  at: number;
  ms: number;
  type?: string;
  retryAfter: string | null;
  text: string;
};

/**
 * A live captioner on its own meeting: sends seqs in order, one batch at a time, and sends a batch
 * again after any answer but 200, once Retry-After has passed (it can't know whether a 503'd batch
 * was stored: the retry must not duplicate it).
 */
async function appender(caller: Caller, id: string, until: () => boolean) {
  const acked: number[] = [];
  const answers: Answer[] = [];
  for (let seq = 0; !until(); ) {
    const started = performance.now();
    const result = await call(segmentsRoute.POST, "POST", `/api/v1/meetings/${id}/segments`, {
      key: caller.key,
      params: { id },
      json: { segments: [segment(seq)] },
    });
    answers.push({
      status: result.status,
      at: performance.now(),
      ms: performance.now() - started,
      type: result.body?.type,
      retryAfter: result.headers.get("retry-after"),
      text: result.text.slice(0, 300),
    });
    if (result.status === 200) {
      acked.push(seq);
      seq++;
    } else {
      const seconds = Number(result.headers.get("retry-after") ?? 1);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
  return { id, acked, answers };
}

/** An SSE client as EventSource is one: when the stream ends it reconnects with Last-Event-ID. */
function follower(caller: Caller, id: string) {
  const seqs: number[] = [];
  let connections = 0;
  let stopped = false;
  let current: ReturnType<typeof readSse> | undefined;
  const done = (async () => {
    while (!stopped) {
      const last = seqs.at(-1);
      const response = await openEvents(caller, id, last).catch(() => undefined);
      if (response?.status === 200) {
        connections++;
        current = readSse(response);
        let read = 0;
        while (!current.ended && !stopped) {
          await current.until((events) => events.length > read || stopped, 60_000).catch(() => {});
          for (const event of current.events.slice(read))
            if (event.event === "segment") seqs.push(Number(event.id));
          read = current.events.length;
        }
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return {
    seqs,
    get connections() {
      return connections;
    },
    async stop() {
      stopped = true;
      await current?.close();
      await done;
    },
  };
}

async function health() {
  const response = await healthRoute.GET();
  return (await response.json()) as { checks: { db: string } };
}

describe("the database goes away and comes back", () => {
  it("answers every append within 5 s (200 or 503), loses or doubles none, and recovers by itself", async () => {
    const caller = await makeCaller();
    const meetings = await Promise.all(Array.from({ length: APPENDERS }, () => liveMeeting(caller)));
    const followed = meetings.filter((_, index) => index % 10 === 0);
    const followers = followed.map((id) => follower(caller, id));

    let finished = false;
    const appenders = meetings.map((id) => appender(caller, id, () => finished));
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const killedPid = killPostmaster();
    const killedAt = performance.now();
    const restartedAt = await restartedAfter(killedPid);
    const answering = serverAnswers();
    let healthyAt: number | undefined;
    while (healthyAt === undefined && performance.now() - restartedAt < 60_000) {
      if ((await health()).checks.db === "ok") healthyAt = performance.now();
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const answeredAt = await answering;
    // Appends go on after the recovery, through the same pools and the same LISTEN connection: an
    // appender refused during the outage waits its Retry-After (5 s) first.
    await new Promise((resolve) => setTimeout(resolve, 8000));
    finished = true;
    const results = await Promise.all(appenders);

    const answers = results.flatMap((result) => result.answers);
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    const refused = answers.filter((answer) => answer.status !== 200);
    console.info(
      `database outage: ${answers.length} appends, ${refused.length} answered 503, slowest answer ${Math.round(slowest)} ms; ` +
        `postmaster restarted ${Math.round(restartedAt - killedAt)} ms after the kill, ` +
        `PostgreSQL answering again ${Math.round(answeredAt - restartedAt)} ms later (crash recovery), ` +
        `health ok ${healthyAt === undefined ? "never" : `${Math.round(healthyAt - answeredAt)} ms`} after that`,
    );

    // No hang, no 500: every answer in time, and those that aren't 200 say "come back soon".
    expect(slowest).toBeLessThanOrEqual(MAX_WAIT_MS);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.status, answer.text).toBe(503);
      expect(answer.type).toMatch(/service-unavailable$/);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(healthyAt, "health never reported the database ok").toBeDefined();
    // The app is back within 10 s of its database, with no restart of its own.
    expect((healthyAt as number) - answeredAt).toBeLessThanOrEqual(HEALTH_WITHIN_MS);

    // Every acknowledged segment stored exactly once, and appends went through after the recovery.
    const rows = await getSql()<{ meeting_id: string; seq: number; copies: number }[]>`
      select meeting_id, seq, count(*)::int as copies from transcript_segments
      where meeting_id = any(${meetings}::uuid[]) group by meeting_id, seq`;
    const stored = new Map<string, number[]>();
    for (const row of rows) {
      expect(row.copies).toBe(1);
      stored.set(row.meeting_id, [...(stored.get(row.meeting_id) ?? []), row.seq]);
    }
    for (const result of results) {
      const seqs = new Set(stored.get(result.id));
      for (const seq of result.acked) expect(seqs.has(seq), `seq ${seq} of ${result.id}`).toBe(true);
    }
    const afterRecovery = answers.filter((answer) => answer.status === 200 && answer.at > restartedAt);
    expect(afterRecovery.length).toBeGreaterThan(APPENDERS);

    // Each subscriber got every stored segment of its meeting once, in order, on the stream it
    // opened before the outage: a browser's EventSource would give up on a 503 if it had to reconnect.
    const deadline = Date.now() + 15_000;
    const caughtUp = () =>
      followers.every(
        (events, index) => events.seqs.length >= (stored.get(followed[index] as string)?.length ?? 0),
      );
    while (!caughtUp() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all(followers.map((events) => events.stop()));
    followers.forEach((events, index) => {
      const expected = [...(stored.get(followed[index] as string) ?? [])].sort((a, b) => a - b);
      expect(events.seqs).toEqual(expected);
      expect(events.connections).toBe(1);
    });
  }, 180_000);
});
