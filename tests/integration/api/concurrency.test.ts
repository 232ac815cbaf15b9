import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { type Caller, call, makeCaller } from "@/tests/support/api";
import {
  appendSegments,
  countRows,
  createMeeting,
  expectProblem,
  liveMeeting,
  meetingRow,
  type Segment,
  segment,
  stopServices,
  storedSegments,
} from "@/tests/support/api-fixtures";

/** Many clients at once against one meeting: appends stay idempotent by (meeting, seq) (DESIGN §6). */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const CLIENTS = 50;
const SEQS = 300;

/** The one version of each caption every client sends, so any client's write is the right one. */
function caption(seq: number): Segment {
  return segment(seq, `Speaker ${seq % 4}`, `Caption number ${seq}, said once and sent many times.`);
}

type Plan = { batches: number[][]; retries: boolean[] }[];

// Each client sends a few overlapping windows of seqs, re-sending some of them as a client does
// after a timeout. The plan comes from a fixed seed so a failure can be replayed.
const plan: Plan = fc.sample(
  fc.array(
    fc.record({
      batches: fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: SEQS - 1 }), fc.integer({ min: 1, max: 40 }))
          .map(([start, length]) => Array.from({ length }, (_, i) => start + i).filter((seq) => seq < SEQS)),
        { minLength: 1, maxLength: 3 },
      ),
      retries: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    }),
    { minLength: CLIENTS, maxLength: CLIENTS },
  ),
  { numRuns: 1, seed: 20_260_101 },
)[0] as Plan;

describe("concurrent appends", () => {
  it("store every seq exactly once when 50 clients send overlapping batches and retries", async () => {
    const { id } = await createMeeting(me.key, { title: "Busy live meeting" });
    const sent = new Set<number>();
    let segmentsSent = 0;

    const results = await Promise.all(
      plan.map(async (client) => {
        const answers: { status: number; body: { accepted: number; duplicates: number } }[] = [];
        for (const [index, seqs] of client.batches.entries()) {
          const batch = seqs.map(caption);
          for (const seq of seqs) sent.add(seq);
          const attempts = client.retries[index] ? 2 : 1;
          segmentsSent += batch.length * attempts;
          const sends = Array.from({ length: attempts }, () => appendSegments(me.key, id, batch));
          answers.push(...(await Promise.all(sends)));
        }
        return answers;
      }),
    );

    const answers = results.flat();
    for (const answer of answers) expect(answer.status).toBe(200);
    const accepted = answers.reduce((sum, answer) => sum + answer.body.accepted, 0);
    const duplicates = answers.reduce((sum, answer) => sum + answer.body.duplicates, 0);

    const stored = await storedSegments(id);
    expect(stored.map((row) => row.seq)).toEqual([...sent].sort((a, b) => a - b));
    expect(stored).toEqual(stored.map((row) => caption(row.seq)));
    expect(await countRows("select seq from transcript_segments where meeting_id = $1", id)).toBe(sent.size);
    expect(accepted).toBe(sent.size);
    expect(accepted + duplicates).toBe(segmentsSent);
    expect(await meetingRow(id)).toMatchObject({ status: "live" });
  });

  it("keep the first version of a seq when concurrent clients send different texts for it", async () => {
    const { id } = await createMeeting(me.key, { title: "Racing captions" });
    const versions = Array.from({ length: 20 }, (_, client) =>
      Array.from({ length: 10 }, (_, seq) => segment(seq, "Ana", `Version ${client} of caption ${seq}.`)),
    );
    const answers = await Promise.all(versions.map((batch) => appendSegments(me.key, id, batch)));
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(answers.reduce((sum, answer) => sum + answer.body.accepted, 0)).toBe(10);
    const stored = await storedSegments(id);
    expect(stored.map((row) => row.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Each batch is written whole or not at all, under the meeting's lock: one client's version wins every seq.
    expect(new Set(stored.map((row) => row.text.split(" of ")[0])).size).toBe(1);
  });
});

describe("concurrent retries of one request", () => {
  // The race is between the first request storing its answer and the others being refused, so
  // it is run several times: one round can miss an ordering that breaks the replay.
  it("create one meeting when the same Idempotency-Key arrives ten times at once, and replay it afterwards", async () => {
    for (let round = 0; round < 8; round++) {
      const key = randomUUID();
      const title = `Launch review ${key}`;
      const send = () =>
        call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
          key: me.key,
          json: { title },
          headers: { "idempotency-key": key },
        });
      const answers = await Promise.all(Array.from({ length: 10 }, send));
      expect(await countRows("select 1 from meetings where title = $1", title)).toBe(1);
      const created = answers.filter((answer) => answer.status === 201);
      expect(created.length).toBeGreaterThan(0);
      expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
      // The others are told the first one is still running, and when to try again.
      for (const answer of answers.filter((candidate) => candidate.status !== 201)) {
        expectProblem(answer, 409);
        expect(answer.headers.get("retry-after")).toBe("1");
      }
      const retry = await send();
      expect(retry.status, `round ${round}: ${retry.text}`).toBe(201);
      expect(retry.body.id).toBe(created[0]?.body.id);
    }
  });

  it("end a meeting once when ten clients end it at the same time", async () => {
    const id = await liveMeeting(me.key, [caption(0), caption(1)]);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        call(endRoute.POST, "POST", `/api/v1/meetings/${id}/end`, { key: me.key, params: { id } }),
      ),
    );
    for (const answer of answers) {
      expect(answer.status, answer.text).toBe(202);
      expect(answer.body.status).toBe("analyzing");
    }
    expect(new Set(answers.map((answer) => answer.body.endedAt)).size).toBe(1);
  });
});
