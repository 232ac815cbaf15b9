import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as mediaRoute from "@/app/api/v1/meetings/[id]/media/route";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import {
  appendSegments,
  type CallResult,
  createMeeting,
  errorPaths,
  expectProblem,
  liveMeeting,
  meetingRow,
  recordingMeeting,
  type Segment,
  segment,
  stopServices,
  storedSegments,
  transcriptMeeting,
  wavBytes,
} from "@/tests/support/api-fixtures";
import { byId, callsAs } from "./routes-caller";

/** Each /api/v1 route's documented statuses and bodies (DESIGN §5). */

afterAll(stopServices);

let me: Caller;
beforeAll(async () => {
  me = await makeCaller();
});

const STANDUP: Segment[] = [
  segment(0, "Ana", "Good morning. Let's go through the release checklist."),
  segment(1, "Bob", "The migration ran fine on staging last night."),
  segment(2, "Ana", "Great. I'll send the customer report by Friday."),
  segment(5, "Carla", "Señales claras: the Spanish locale still needs review."),
  segment(7, "Bob", "I will review the locale files tomorrow. 🎉"),
];
const { post, get } = callsAs(() => me);

describe("POST /api/v1/meetings/{id}/segments", () => {
  it("answers 200 { accepted, duplicates }; a re-sent seq is a duplicate and the first write wins", async () => {
    const { id } = await createMeeting(me.key, { title: "Captions" });
    const first = await appendSegments(me.key, id, STANDUP.slice(0, 3));
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0 });
    const retry = await appendSegments(me.key, id, [
      { ...STANDUP[2], text: "A rewritten line that must not replace the first." },
      ...STANDUP.slice(3),
    ]);
    expect(retry.body).toEqual({ accepted: 2, duplicates: 1 });
    expect(await storedSegments(id)).toEqual(STANDUP);
    expect(await meetingRow(id)).toMatchObject({ status: "live" });
  });

  const refusals: [string, unknown, string][] = [
    [
      "the same seq twice in one batch",
      [segment(3, "Ana", "One."), segment(3, "Bob", "Two.")],
      "segments.1.seq",
    ],
    ["endMs before startMs", [segment(0, "Ana", "Backwards.", 5000, 4000)], "segments.0.endMs"],
    ["a negative startMs", [segment(0, "Ana", "Before time.", -1, 100)], "segments.0.startMs"],
    ["a negative endMs", [segment(0, "Ana", "Before time.", 0, -5)], "segments.0.endMs"],
    ["a negative seq", [segment(-1, "Ana", "Minus one.")], "segments.0.seq"],
    ["a fractional seq", [segment(1.5, "Ana", "One and a half.")], "segments.0.seq"],
    ["a seq sent as a string", [{ ...segment(0, "Ana", "Quoted."), seq: "0" }], "segments.0.seq"],
    ["empty text", [segment(0, "Ana", "")], "segments.0.text"],
    ["text of spaces only", [segment(0, "Ana", "   \t ")], "segments.0.text"],
    ["a missing text", [{ seq: 0, speaker: "Ana", startMs: 0, endMs: 10 }], "segments.0.text"],
    ["no segments", [], "segments"],
    ["1001 segments", Array.from({ length: 1001 }, (_, i) => segment(i, "Ana", `Line ${i}.`)), "segments"],
    ["segments that aren't a list", { 0: segment(0, "Ana", "Object.") }, "segments"],
    [
      "one bad segment among good ones",
      [segment(0, "Ana", "Fine."), segment(1, "Bob", "Fine too."), segment(2, "Ana", "", 0, 1)],
      "segments.2.text",
    ],
  ];

  it.each(refusals)("refuses %s with 422 and writes nothing", async (_what, segments, path) => {
    const { id } = await createMeeting(me.key, { title: "Refusals" });
    const result = await appendSegments(me.key, id, segments);
    expectProblem(result, 422);
    expect(errorPaths(result)).toContain(path);
    expect(await storedSegments(id)).toEqual([]);
    expect(await meetingRow(id)).toMatchObject({ status: "created" });
  });

  it("accepts exactly 1000 segments in one batch", async () => {
    const { id } = await createMeeting(me.key, { title: "Big batch" });
    const batch = Array.from({ length: 1000 }, (_, i) =>
      segment(i, i % 2 ? "Bob" : "Ana", `Line number ${i}.`),
    );
    const result = await appendSegments(me.key, id, batch);
    expect(result.body).toEqual({ accepted: 1000, duplicates: 0 });
  });

  it("refuses a bad batch on a live meeting without touching what it holds", async () => {
    const id = await liveMeeting(me.key, STANDUP.slice(0, 2));
    const result = await appendSegments(me.key, id, [segment(9, "Ana", "New."), segment(9, "Ana", "Again.")]);
    expectProblem(result, 422);
    expect(await storedSegments(id)).toEqual(STANDUP.slice(0, 2));
  });

  it("answers 409 to segments for an ended meeting and writes nothing", async () => {
    const id = await liveMeeting(me.key, STANDUP.slice(0, 2));
    expect((await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id))).status).toBe(202);
    const result = await appendSegments(me.key, id, [segment(10, "Ana", "Too late.")]);
    expectProblem(result, 409);
    expect(await storedSegments(id)).toEqual(STANDUP.slice(0, 2));
  });
});

describe("POST /api/v1/meetings/{id}/end", () => {
  it("answers 422 to a meeting with no segments and leaves it as it was", async () => {
    const { id } = await createMeeting(me.key, { title: "Nothing said" });
    expectProblem(await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id)), 422);
    expect(await meetingRow(id)).toMatchObject({ status: "created", ended_at: null });
  });

  it("answers 202 with the meeting, now analysing, and 202 with its current status when called again", async () => {
    const id = await liveMeeting(me.key, STANDUP);
    const ended = await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id));
    expect(ended.status).toBe(202);
    expect(ended.body).toMatchObject({ id, status: "analyzing", durationMs: 7 * 4000 + 3500 });
    expect(ended.body.endedAt).toEqual(expect.any(String));

    const again = await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id));
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id, status: "analyzing", endedAt: ended.body.endedAt });

    expect(await analyzeMeeting(id)).toBe("ready");
    const afterReady = await post(endRoute.POST, `/api/v1/meetings/${id}/end`, byId(id));
    expect(afterReady.status).toBe(202);
    expect(afterReady.body).toMatchObject({ status: "ready", endedAt: ended.body.endedAt });
  });
});

describe("GET and POST /api/v1/meetings/{id}/insights", () => {
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await liveMeeting(me.key, STANDUP, "Release stand-up");
  });

  it("answers 404 while the meeting is live and while it is being analysed", async () => {
    expectProblem(
      await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId)),
      404,
    );
    expect((await post(endRoute.POST, `/api/v1/meetings/${meetingId}/end`, byId(meetingId))).status).toBe(
      202,
    );
    expectProblem(
      await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId)),
      404,
    );
  });

  it("answers 200 with the §5 insights once ready", async () => {
    expect(await analyzeMeeting(meetingId)).toBe("ready");
    const result = await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      summary: expect.any(String),
      keyPoints: expect.any(Array),
      decisions: expect.any(Array),
      questions: expect.any(Array),
      actionItems: expect.any(Array),
      keywords: expect.any(Array),
      watchlistHits: expect.any(Array),
      talkTime: expect.any(Array),
      engine: "local",
      template: "default",
    });
    for (const keyword of result.body.keywords) {
      expect(keyword).toEqual({
        term: expect.any(String),
        count: expect.any(Number),
        seqs: expect.any(Array),
      });
    }
    expect(result.body.talkTime.map((entry: { speaker: string }) => entry.speaker).sort()).toEqual([
      "Ana",
      "Bob",
      "Carla",
    ]);
    const report = result.body.actionItems.find((item: { owner: string | null }) => item.owner === "Ana");
    expect(report).toEqual({
      id: expect.any(String),
      meetingId,
      text: expect.stringMatching(/report/i),
      owner: "Ana",
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      done: false,
      seq: 2,
    });
  });

  it("answers 202 to a re-analysis with another template, and 422 to a template that doesn't exist", async () => {
    const invalid = await post(insightsRoute.POST, `/api/v1/meetings/${meetingId}/insights`, {
      ...byId(meetingId),
      json: { template: "haiku" },
    });
    expectProblem(invalid, 422);
    expect(errorPaths(invalid)).toEqual(["template"]);

    const result = await post(insightsRoute.POST, `/api/v1/meetings/${meetingId}/insights`, {
      ...byId(meetingId),
      json: { template: "standup" },
    });
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({ id: meetingId, status: "analyzing" });
    expect(await analyzeMeeting(meetingId)).toBe("ready");
    const insights = await get(insightsRoute.GET, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId));
    expect(insights.body.template).toBe("standup");
  });

  it("answers 202 to a re-analysis without a body", async () => {
    const result = await post(insightsRoute.POST, `/api/v1/meetings/${meetingId}/insights`, byId(meetingId));
    expect(result.status).toBe(202);
  });

  it("answers 409 to a re-analysis of a meeting that has nothing to analyse yet", async () => {
    const { id } = await createMeeting(me.key, { title: "Not started" });
    expectProblem(await post(insightsRoute.POST, `/api/v1/meetings/${id}/insights`, byId(id)), 409);
    expect(await meetingRow(id)).toMatchObject({ status: "created" });
  });
});

describe("GET /api/v1/meetings/{id}/transcript", () => {
  let meetingId: string;

  beforeAll(async () => {
    meetingId = await liveMeeting(me.key, STANDUP, "Release stand-up");
  });

  it("pages the segments in seq order with a cursor", async () => {
    const seen: Segment[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = { limit: "2", ...(cursor ? { cursor } : {}) };
      const page: CallResult = await get(transcriptRoute.GET, "/api/v1/x", { ...byId(meetingId), query });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(STANDUP);
  });

  it("answers 422 to a format it doesn't export", async () => {
    const result = await get(transcriptRoute.GET, "/api/v1/x", {
      ...byId(meetingId),
      query: { format: "pdf" },
    });
    expectProblem(result, 422);
    expect(errorPaths(result)).toEqual(["format"]);
  });

  const formats: [string, string, (text: string) => void][] = [
    [
      "json",
      "application/json",
      (text) => {
        const document = JSON.parse(text);
        expect(document.version).toBe(1);
        expect(document.meeting).toMatchObject({ id: meetingId, title: "Release stand-up" });
        expect(document.segments).toEqual(STANDUP);
      },
    ],
    [
      "txt",
      "text/plain",
      (text) => expect(text).toContain("[00:00:08] Ana: Great. I'll send the customer report by Friday."),
    ],
    [
      "vtt",
      "text/vtt",
      (text) => {
        expect(text.startsWith("WEBVTT")).toBe(true);
        expect(text).toContain("00:00:20.000 --> 00:00:23.500");
      },
    ],
    ["srt", "application/x-subrip", (text) => expect(text).toContain("00:00:28,000 --> 00:00:31,500")],
    [
      "md",
      "text/markdown",
      (text) => {
        expect(text.startsWith("# Release stand-up")).toBe(true);
        expect(text).toContain("**Carla**");
      },
    ],
  ];

  it.each(formats)("exports ?format=%s as %s with every segment", async (format, type, check) => {
    const result = await get(transcriptRoute.GET, "/api/v1/x", { ...byId(meetingId), query: { format } });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")?.split(";")[0]).toBe(type);
    expect(result.headers.get("content-disposition")).toContain(`release-stand-up.${format}`);
    check(result.text);
  });

  it("re-imports its JSON export into a new meeting with identical segments", async () => {
    const exported = await get(transcriptRoute.GET, "/api/v1/x", {
      ...byId(meetingId),
      query: { format: "json" },
    });
    const { id } = await createMeeting(me.key, { title: "Re-imported" });
    const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
      key: me.key,
      ...byId(id),
      rawBody: fileForm(exported.text, "release-stand-up.json", "application/json"),
    });
    expect(uploaded.status, uploaded.text).toBe(201);
    const reimported = await get(transcriptRoute.GET, "/api/v1/x", { ...byId(id), query: { limit: "1000" } });
    expect(reimported.body.data).toEqual(STANDUP);
  });
});

async function getMedia(meetingId: string, range?: string) {
  const headers = new Headers({ authorization: `Bearer ${me.key}` });
  if (range) headers.set("range", range);
  const response = await mediaRoute.GET(
    new Request(`http://localhost/api/v1/meetings/${meetingId}/media`, { headers }),
    {
      params: Promise.resolve({ id: meetingId }),
    },
  );
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe("GET /api/v1/meetings/{id}/media", () => {
  const wav = wavBytes(16_000);
  let recordingId: string;

  beforeAll(async () => {
    recordingId = await recordingMeeting(me.key, wav);
  });

  it("answers 404 to a meeting without a recording", async () => {
    const id = await transcriptMeeting(me.key, "Ana: Only text here.\n");
    expectProblem(await get(mediaRoute.GET, "/api/v1/x", byId(id)), 404);
  });

  it("answers 200 with the whole recording and advertises byte ranges", async () => {
    const result = await getMedia(recordingId);
    expect(result.status).toBe(200);
    expect(result.headers.get("accept-ranges")).toBe("bytes");
    expect(result.headers.get("content-type")).toBe("audio/wav");
    expect(result.headers.get("content-length")).toBe(String(wav.length));
    expect(result.bytes.equals(wav)).toBe(true);
  });

  it.each([
    ["bytes=0-11", 0, 11],
    ["bytes=1000-1999", 1000, 1999],
    ["bytes=16000-", 16_000, wav.length - 1],
    ["bytes=-100", wav.length - 100, wav.length - 1],
    ["bytes=100-999999", 100, wav.length - 1],
  ])("answers 206 with exactly the bytes of Range: %s", async (range, start, end) => {
    const result = await getMedia(recordingId, range);
    expect(result.status).toBe(206);
    expect(result.headers.get("content-range")).toBe(`bytes ${start}-${end}/${wav.length}`);
    expect(result.headers.get("content-length")).toBe(String(end - start + 1));
    expect(result.bytes.equals(wav.subarray(start, end + 1))).toBe(true);
    if (start === 0) expect(result.bytes.toString("latin1")).toMatch(/^RIFF....WAVE$/s);
  });

  it.each(["bytes=99999-", "bytes=16044-16050", "bytes=-0"])(
    "answers 416 to the unsatisfiable Range: %s",
    async (range) => {
      const result = await getMedia(recordingId, range);
      expect(result.status).toBe(416);
      expect(result.headers.get("content-range")).toBe(`bytes */${wav.length}`);
    },
  );
});
