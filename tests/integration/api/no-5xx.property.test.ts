import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { z } from "zod";
import * as actionItemRoute from "@/app/api/v1/action-items/[id]/route";
import * as actionItemsRoute from "@/app/api/v1/action-items/route";
import * as generateRoute from "@/app/api/v1/actions/generate/route";
import * as endRoute from "@/app/api/v1/meetings/[id]/end/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as mediaRoute from "@/app/api/v1/meetings/[id]/media/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import * as transcriptRoute from "@/app/api/v1/meetings/[id]/transcript/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as searchRoute from "@/app/api/v1/search/route";
import { createActionItem } from "@/lib/action-items/manage-action-items";
import {
  createActionItemSchema,
  listActionItemsQuerySchema,
  updateActionItemSchema,
} from "@/lib/action-items/schemas";
import { generateActionsSchema } from "@/lib/insights/generate-action-items";
import { reanalyzeSchema } from "@/lib/insights/reanalyze";
import { appendSegmentsSchema } from "@/lib/meetings/live-segments";
import { createMeetingSchema, listMeetingsQuerySchema, updateMeetingSchema } from "@/lib/meetings/schemas";
import { transcriptQuerySchema } from "@/lib/meetings/transcript-query";
import { searchQuerySchema } from "@/lib/search/search-transcripts";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import {
  type CallResult,
  type Handler,
  readyMeeting,
  recordingMeeting,
  segment,
  stopServices,
  wavBytes,
} from "@/tests/support/api-fixtures";
import {
  anyJsonBody,
  CALL_LINES,
  createFreshMeeting,
  createLiveMeeting,
  expectContract,
  FRESH,
  pathSegment,
  RUNS,
  TRANSCRIPT,
} from "./property-support";
import {
  cursorInput,
  deepJsonText,
  encodeCursor,
  hostileString,
  mutated,
  type Overrides,
  queryInput,
  text,
  validInput,
} from "./schema-arbitrary";

/**
 * DESIGN §7: every bad input gets a clear 4xx in the one error shape; none gets a 5xx. Requests are
 * generated from each handler's zod schemas and broken in every way a client can break them.
 */

afterAll(stopServices);

let me: Caller;
const fixtures = { meetings: [] as string[], items: [] as string[] };

const freshMeeting = () => createFreshMeeting(me.userId);
const freshLiveMeeting = () => createLiveMeeting(me.userId);
async function freshItem(): Promise<string> {
  return (
    await createActionItem(me.userId, { meetingId: fixtures.meetings[0] as string, text: "Fresh item" })
  ).id;
}

beforeAll(async () => {
  me = await makeCaller();
  const live = await freshLiveMeeting();
  const ready = await readyMeeting(me.key, TRANSCRIPT);
  const recording = await recordingMeeting(me.key);
  fixtures.meetings.push(live, ready, recording);
  fixtures.items.push(await freshItem(), await freshItem());
});

type IdChoice = string | typeof FRESH | { fixture: number };

type Body = { json: unknown } | { raw: string; contentType: string } | { form: () => FormData } | undefined;

type Spec = {
  route: string;
  handler: Handler;
  ids?: { fixtures: () => string[]; fresh: () => Promise<string> };
  query?: z.ZodType;
  body?: z.ZodType;
  overrides?: Overrides;
  repair?: (value: unknown) => unknown;
  multipart?: boolean;
};

const meetingIds = () => fixtures.meetings;
const itemIds = () => fixtures.items;
const knownMeetingId = fc.oneof(
  fc.constantFrom(0, 1, 2).map((index) => fixtures.meetings[index] as string),
  fc.uuid(),
);

const speakerLine = fc
  .tuple(text({ minLength: 1, maxLength: 15 }), text())
  .map(([speaker, words]) => `${speaker}: ${words}`);
const transcriptText = fc.oneof(
  fc.array(speakerLine, { minLength: 1, maxLength: 8 }).map((lines) => lines.join("\n")),
  fc.array(fc.constantFrom(...CALL_LINES), { minLength: 1, maxLength: 6 }).map((lines) => lines.join("\n")),
  text(),
);

const two = (value: number) => String(value).padStart(2, "0");
const clock = fc
  .tuple(fc.nat(99), fc.nat(59), fc.nat(59), fc.nat(999))
  .map(([h, m, s, ms]) => `${two(h)}:${two(m)}:${two(s)}.${String(ms).padStart(3, "0")}`);
const cue = fc.tuple(clock, clock, text({ maxLength: 40 }));
const fileContent: fc.Arbitrary<string | Uint8Array<ArrayBuffer>> = fc.oneof(
  transcriptText,
  fc
    .array(cue, { maxLength: 5 })
    .map((cues) => `WEBVTT\n\n${cues.map(([a, b, t]) => `${a} --> ${b}\n${t}`).join("\n\n")}\n`),
  fc
    .array(cue, { maxLength: 5 })
    .map((cues) =>
      cues
        .map(([a, b, t], index) => `${index + 1}\n${a.replace(".", ",")} --> ${b.replace(".", ",")}\n${t}`)
        .join("\n\n"),
    ),
  fc
    .record({
      version: fc.constantFrom(1, 2, "1"),
      meeting: fc.record({ title: text() }),
      segments: fc.array(
        fc.record(
          {
            seq: fc.oneof(fc.nat(), fc.maxSafeNat()),
            speaker: text(),
            text: text(),
            startMs: fc.maxSafeNat(),
            endMs: fc.maxSafeNat(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    })
    .map((document) => JSON.stringify(document)),
  fc
    .array(
      fc.record(
        { speaker: text(), text: text(), start: fc.double(), end: fc.double() },
        { requiredKeys: [] },
      ),
      {
        maxLength: 4,
      },
    )
    .map((segments) => JSON.stringify(segments)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => new Uint8Array(bytes)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new Uint8Array(Buffer.concat([wavBytes(0), bytes]))),
);
const fileName = fc.oneof(
  fc.constantFrom("notes.txt", "call.vtt", "call.srt", "export.json", "call.wav"),
  text({ maxLength: 30 }),
);

const uploadBody: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fileContent, fileName)
      .map(([content, name]) => ({ form: () => fileForm(content, name) })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(text({ maxLength: 10 }), fileContent).map(([field, content]) => ({
      form: () => {
        const form = new FormData();
        form.append(field, new File([content], "notes.txt"));
        return form;
      },
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          "multipart/form-data; boundary=x",
          "multipart/form-data",
          "text/plain",
          "application/json",
        ),
        text(),
      )
      .map(([contentType, raw]) => ({ raw, contentType })),
  },
);

function repairSegments(value: unknown): unknown {
  const body = value as { segments?: { seq: number; startMs: number; endMs: number }[] };
  if (!Array.isArray(body?.segments)) return value;
  const seen = new Set<number>();
  const segments = body.segments
    .filter((item) => !seen.has(item.seq) && Boolean(seen.add(item.seq)))
    .map((item) => ({ ...item, endMs: Math.max(item.startMs, item.endMs) }));
  return { ...body, segments };
}

const specs: Spec[] = [
  {
    route: "GET /api/v1/meetings",
    handler: meetingsRoute.GET,
    query: listMeetingsQuerySchema,
    overrides: { cursor: cursorInput },
  },
  { route: "POST /api/v1/meetings", handler: meetingsRoute.POST, body: createMeetingSchema },
  {
    route: "GET /api/v1/meetings/{id}",
    handler: meetingRoute.GET,
    ids: { fixtures: meetingIds, fresh: freshMeeting },
  },
  {
    route: "PATCH /api/v1/meetings/{id}",
    handler: meetingRoute.PATCH,
    ids: { fixtures: meetingIds, fresh: freshLiveMeeting },
    body: updateMeetingSchema,
  },
  {
    route: "DELETE /api/v1/meetings/{id}",
    handler: meetingRoute.DELETE,
    ids: { fixtures: () => [], fresh: freshLiveMeeting },
  },
  {
    route: "POST /api/v1/meetings/{id}/files",
    handler: filesRoute.POST,
    ids: { fixtures: meetingIds, fresh: freshMeeting },
    multipart: true,
  },
  {
    route: "GET /api/v1/meetings/{id}/media",
    handler: mediaRoute.GET,
    ids: { fixtures: meetingIds, fresh: freshMeeting },
  },
  {
    route: "POST /api/v1/meetings/{id}/segments",
    handler: segmentsRoute.POST,
    ids: { fixtures: meetingIds, fresh: freshMeeting },
    body: appendSegmentsSchema,
    repair: repairSegments,
  },
  {
    route: "POST /api/v1/meetings/{id}/end",
    handler: endRoute.POST,
    ids: { fixtures: () => [], fresh: freshLiveMeeting },
  },
  {
    route: "GET /api/v1/meetings/{id}/transcript",
    handler: transcriptRoute.GET,
    ids: { fixtures: meetingIds, fresh: freshLiveMeeting },
    query: transcriptQuerySchema,
    overrides: { cursor: cursorInput },
  },
  {
    route: "GET /api/v1/meetings/{id}/insights",
    handler: insightsRoute.GET,
    ids: { fixtures: meetingIds, fresh: freshMeeting },
  },
  {
    route: "POST /api/v1/meetings/{id}/insights",
    handler: insightsRoute.POST,
    ids: { fixtures: meetingIds, fresh: freshLiveMeeting },
    body: reanalyzeSchema,
  },
  {
    route: "GET /api/v1/action-items",
    handler: actionItemsRoute.GET,
    query: listActionItemsQuerySchema,
    overrides: { cursor: cursorInput, meetingId: knownMeetingId },
  },
  {
    route: "POST /api/v1/action-items",
    handler: actionItemsRoute.POST,
    body: createActionItemSchema,
    overrides: { meetingId: knownMeetingId },
  },
  {
    route: "PATCH /api/v1/action-items/{id}",
    handler: actionItemRoute.PATCH,
    ids: { fixtures: itemIds, fresh: freshItem },
    body: updateActionItemSchema,
  },
  {
    route: "DELETE /api/v1/action-items/{id}",
    handler: actionItemRoute.DELETE,
    ids: { fixtures: () => [], fresh: freshItem },
  },
  {
    route: "POST /api/v1/actions/generate",
    handler: generateRoute.POST,
    body: generateActionsSchema,
    overrides: { transcript: transcriptText },
  },
  {
    route: "GET /api/v1/search",
    handler: searchRoute.GET,
    query: searchQuerySchema,
    overrides: {
      cursor: cursorInput,
      meetingId: knownMeetingId,
      q: fc.oneof(text({ minLength: 1 }), fc.constantFrom("contract", "budget")),
    },
  },
];

function bodyInput(spec: Spec, method: string): fc.Arbitrary<Body> {
  if (spec.multipart) return uploadBody;
  if (spec.body) {
    const valid = validInput(spec.body, spec.overrides).map(spec.repair ?? ((value) => value));
    return fc.oneof(
      { weight: 3, arbitrary: valid.map((json) => ({ json })) },
      { weight: 4, arbitrary: mutated(valid).map((json) => ({ json })) },
      { weight: 1, arbitrary: text().map((raw) => ({ raw, contentType: "application/json" })) },
      { weight: 1, arbitrary: deepJsonText.map((raw) => ({ raw, contentType: "application/json" })) },
    );
  }
  if (method === "GET") return fc.constant(undefined);
  return anyJsonBody;
}

function requestInput(spec: Spec, method: string) {
  const fixtureCount = spec.ids?.fixtures().length ?? 0;
  const id: fc.Arbitrary<IdChoice | undefined> = spec.ids
    ? fc.oneof(
        ...(fixtureCount ? [fc.nat(fixtureCount - 1).map((index) => ({ fixture: index }))] : []),
        fc.constant(FRESH),
        fc.uuid(),
        hostileString,
      )
    : fc.constant(undefined);
  const idempotencyKey =
    method === "POST"
      ? fc.option(fc.oneof(fc.uuid(), fc.string({ unit: "grapheme-ascii", maxLength: 300 })), {
          nil: undefined,
        })
      : fc.constant(undefined);
  return fc.record({
    id,
    query: queryInput(spec.query, spec.overrides),
    body: bodyInput(spec, method),
    idempotencyKey,
  });
}

async function resolveId(spec: Spec, choice: IdChoice | undefined): Promise<string | undefined> {
  if (choice === undefined || typeof choice === "string") return choice;
  if ("fresh" in choice) return spec.ids?.fresh();
  return spec.ids?.fixtures()[choice.fixture];
}

describe("no input gets a 5xx", () => {
  it.each(specs)("$route answers generated and broken requests with 2xx or a 4xx problem", async (spec) => {
    const method = spec.route.split(" ")[0] as string;
    await fc.assert(
      fc.asyncProperty(requestInput(spec, method), async (input) => {
        const id = await resolveId(spec, input.id);
        const body = input.body;
        const headers: Record<string, string> = {};
        if (input.idempotencyKey) headers["idempotency-key"] = input.idempotencyKey;
        if (body && "raw" in body) headers["content-type"] = body.contentType;
        const path = (spec.route.split(" ")[1] as string).replace("{id}", pathSegment(id ?? ""));
        const result = await call(spec.handler, method, path, {
          key: me.key,
          params: id === undefined ? {} : { id },
          query: input.query,
          json: body && "json" in body ? body.json : undefined,
          rawBody: body && "raw" in body ? body.raw : body && "form" in body ? body.form() : undefined,
          headers,
        });
        expectContract(result);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 20_000 },
    );
  });
});

describe("hostile inputs the properties found", () => {
  const asKey = (json: unknown) => ({ key: me.key, json });
  const cases: [string, () => Promise<CallResult>][] = [
    [
      "a NUL character in a meeting title",
      () => call(meetingsRoute.POST, "POST", "/api/v1/meetings", asKey({ title: "Q3\u0000 plan" })),
    ],
    [
      "a NUL character in a participant's name",
      () =>
        call(
          meetingsRoute.POST,
          "POST",
          "/api/v1/meetings",
          asKey({ title: "Plan", participants: [{ name: "Ana\u0000" }] }),
        ),
    ],
    [
      "a NUL character in a segment's speaker",
      async () => {
        const id = await freshMeeting();
        return call(segmentsRoute.POST, "POST", `/api/v1/meetings/${id}/segments`, {
          ...asKey({ segments: [segment(0, "Ana\u0000", "Hello.")] }),
          params: { id },
        });
      },
    ],
    [
      "a NUL character in a speaker rename",
      async () => {
        const id = await freshLiveMeeting();
        return call(meetingRoute.PATCH, "PATCH", `/api/v1/meetings/${id}`, {
          ...asKey({ speakers: { Ana: "Ana\u0000" } }),
          params: { id },
        });
      },
    ],
    [
      "a NUL character in an action item's text",
      () =>
        call(
          actionItemsRoute.POST,
          "POST",
          "/api/v1/action-items",
          asKey({ meetingId: fixtures.meetings[0], text: "Send\u0000 it" }),
        ),
    ],
    [
      "a NUL character in an action item's new owner",
      () =>
        call(actionItemRoute.PATCH, "PATCH", `/api/v1/action-items/${fixtures.items[0]}`, {
          ...asKey({ owner: "Bob\u0000" }),
          params: { id: fixtures.items[0] as string },
        }),
    ],
    [
      "a NUL character in a search query",
      () => call(searchRoute.GET, "GET", "/api/v1/search", { key: me.key, query: { q: "con\u0000tract" } }),
    ],
    [
      "a NUL character in the meetings' full-text filter",
      () =>
        call(meetingsRoute.GET, "GET", "/api/v1/meetings", { key: me.key, query: { q: "con\u0000tract" } }),
    ],
    [
      "an action item seq past 32 bits",
      () =>
        call(
          actionItemsRoute.POST,
          "POST",
          "/api/v1/action-items",
          asKey({ meetingId: fixtures.meetings[0], text: "x", seq: 2 ** 31 }),
        ),
    ],
    [
      "an action item due in year 0",
      () =>
        call(
          actionItemsRoute.POST,
          "POST",
          "/api/v1/action-items",
          asKey({ meetingId: fixtures.meetings[0], text: "x", dueDate: "0000-01-01" }),
        ),
    ],
    [
      "a meetings `from` date in year 0",
      () =>
        call(meetingsRoute.GET, "GET", "/api/v1/meetings", { key: me.key, query: { from: "0000-01-01" } }),
    ],
    [
      "a meetings cursor dated year 0",
      () =>
        call(meetingsRoute.GET, "GET", "/api/v1/meetings", {
          key: me.key,
          query: { cursor: encodeCursor({ c: "0000-01-01T00:00:00Z", i: randomUUID() }) },
        }),
    ],
    [
      "an action-items cursor dated year 0",
      () =>
        call(actionItemsRoute.GET, "GET", "/api/v1/action-items", {
          key: me.key,
          query: { cursor: encodeCursor({ c: "0000-01-01T00:00:00Z", i: randomUUID() }) },
        }),
    ],
    [
      "a transcript cursor past the largest seq",
      () =>
        call(transcriptRoute.GET, "GET", `/api/v1/meetings/${fixtures.meetings[0]}/transcript`, {
          key: me.key,
          params: { id: fixtures.meetings[0] as string },
          query: { cursor: encodeCursor({ s: 2 ** 31 }) },
        }),
    ],
  ];

  // Refusing (422) or cleaning the value are both fine; a 500 is not.
  it.each(cases)("answers %s without a 5xx", async (_what, send) => {
    expectContract(await send());
  });
});
