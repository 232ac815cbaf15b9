import "next/dist/server/node-environment-baseline.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import type { Scope } from "@/lib/api-keys/scopes";
import { getSql } from "@/lib/kernel/db/client";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import {
  type CallResult,
  callWithoutKey,
  countRows,
  createMeeting,
  expectProblem,
  type Handler,
  keyWithScopes,
  liveMeeting,
  meetingRow,
  readyMeeting,
  recordingMeeting,
  segment,
  stopServices,
  storedSegments,
  transcriptMeeting,
  UNKNOWN_KEY,
} from "@/tests/support/api-fixtures";

/**
 * Every /api/v1 route and method × every kind of caller: only the owner, holding the route's scope,
 * gets the route's success code; everyone else is refused and changes nothing (DESIGN §5, §7).
 */

afterAll(stopServices);

const SECRET_WORD = "zephyrquartz";
const TRANSCRIPT = [
  "Ana: Welcome everyone, let's review the zephyrquartz launch plan.",
  "Bob: The beta builds are ready and QA signed off yesterday.",
  "Ana: Great. I'll send the release notes by Friday.",
  "Bob: I will update the pricing page before the launch.",
].join("\n");

let owner: Caller;
let stranger: Caller;
let revokedKey: string;
const keyFor: Partial<Record<Scope, string>> = {};
let base: { meetingId: string; readyId: string; recordingId: string; actionItemId: string };

beforeAll(async () => {
  owner = await makeCaller();
  stranger = await makeCaller();
  keyFor["meetings:read"] = (await keyWithScopes(owner.userId, ["meetings:read"])).key;
  keyFor["meetings:write"] = (await keyWithScopes(owner.userId, ["meetings:write"])).key;
  const revoked = await keyWithScopes(owner.userId);
  await revokeApiKey(owner.userId, revoked.id);
  revokedKey = revoked.key;

  const meetingId = await transcriptMeeting(owner.key, TRANSCRIPT, "Launch plan");
  const readyId = await readyMeeting(owner.key, TRANSCRIPT, "Launch retro");
  const recordingId = await recordingMeeting(owner.key);
  const item = await createActionItem(owner.userId, {
    meetingId,
    text: "Send the release notes",
    owner: "Ana",
  });
  // A stranger with data of their own, so "sees nothing of the owner's" is not "sees nothing at all".
  await transcriptMeeting(stranger.key, "Eve: Our own planning call about hiring.\n", "Stranger's call");
  base = { meetingId, readyId, recordingId, actionItemId: item.id };
});

type Prepared = {
  path: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  json?: unknown;
  form?: () => FormData;
};

type Row = {
  route: string;
  handler: Handler;
  scope: Scope;
  success: number;
  prepare: () => Promise<Prepared>;
  /** What the stranger's key gets; a 404 problem unless given. */
  stranger?: (result: CallResult, prepared: Prepared) => Promise<void> | void;
  /** Owner data a refused request could have changed; read before and after the refused calls. */
  snapshot?: (prepared: Prepared) => Promise<unknown>;
  owner?: (result: CallResult, prepared: Prepared) => Promise<void> | void;
};

const VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana>Uploading is allowed for owners only.\n";

async function ownerMeetingIds(): Promise<string[]> {
  const rows = await getSql()`select id from meetings where owner_id = ${owner.userId}`;
  return rows.map((row) => row.id as string);
}

async function meetingState(prepared: Prepared) {
  const id = prepared.params?.id as string;
  return { meeting: await meetingRow(id), segments: await storedSegments(id) };
}

async function actionItemState(prepared: Prepared) {
  const rows =
    await getSql()`select text, done, owner from action_items where id = ${prepared.params?.id as string}`;
  return rows.map((row) => ({ ...row }));
}

const rows: Row[] = [
  {
    route: "GET /api/v1/meetings",
    handler: meetingsRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({ path: "/api/v1/meetings" }),
    stranger: async (result) => {
      expect(result.status).toBe(200);
      const mine = await ownerMeetingIds();
      const seen = result.body.data.map((meeting: { id: string }) => meeting.id);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((id: string) => mine.includes(id))).toEqual([]);
    },
    owner: (result) => {
      expect(result.body.data.map((meeting: { id: string }) => meeting.id)).toContain(base.meetingId);
    },
  },
  {
    route: "POST /api/v1/meetings",
    handler: meetingsRoute.POST,
    scope: "meetings:write",
    success: 201,
    prepare: async () => ({ path: "/api/v1/meetings", json: { title: "Made by a key" } }),
    snapshot: async () => (await ownerMeetingIds()).length,
    stranger: async (result) => {
      expect(result.status).toBe(201);
      expect((await meetingRow(result.body.id))?.owner_id).toBe(stranger.userId);
    },
    owner: async (result) => {
      expect((await meetingRow(result.body.id))?.owner_id).toBe(owner.userId);
    },
  },
  {
    route: "GET /api/v1/meetings/{id}",
    handler: meetingRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({ path: `/api/v1/meetings/${base.meetingId}`, params: { id: base.meetingId } }),
    owner: (result) => expect(result.body).toMatchObject({ id: base.meetingId, title: "Launch plan" }),
  },
  {
    route: "PATCH /api/v1/meetings/{id}",
    handler: meetingRoute.PATCH,
    scope: "meetings:write",
    success: 200,
    prepare: async () => {
      const { id } = await createMeeting(owner.key, { title: "Before" });
      return { path: `/api/v1/meetings/${id}`, params: { id }, json: { title: "After" } };
    },
    snapshot: meetingState,
    owner: (result) => expect(result.body.title).toBe("After"),
  },
  {
    route: "DELETE /api/v1/meetings/{id}",
    handler: meetingRoute.DELETE,
    scope: "meetings:write",
    success: 204,
    prepare: async () => {
      const { id } = await createMeeting(owner.key, { title: "To delete" });
      return { path: `/api/v1/meetings/${id}`, params: { id } };
    },
    snapshot: meetingState,
    owner: async (_result, prepared) => expect(await meetingRow(prepared.params?.id as string)).toBeNull(),
  },
  {
    route: "POST /api/v1/meetings/{id}/files",
    handler: filesRoute.POST,
    scope: "meetings:write",
    success: 201,
    prepare: async () => {
      const { id } = await createMeeting(owner.key, { title: "Awaiting a file" });
      return { path: `/api/v1/meetings/${id}/files`, params: { id }, form: () => fileForm(VTT, "call.vtt") };
    },
    snapshot: meetingState,
    owner: async (_result, prepared) => {
      expect((await storedSegments(prepared.params?.id as string)).map((s) => s.text)).toEqual([
        "Uploading is allowed for owners only.",
      ]);
    },
  },
  {
    route: "GET /api/v1/meetings/{id}/media",
    handler: mediaRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({
      path: `/api/v1/meetings/${base.recordingId}/media`,
      params: { id: base.recordingId },
    }),
    owner: (result) => {
      expect(result.headers.get("content-type")).toBe("audio/wav");
      expect(result.text.startsWith("RIFF")).toBe(true);
    },
  },
  {
    route: "POST /api/v1/meetings/{id}/segments",
    handler: segmentsRoute.POST,
    scope: "meetings:write",
    success: 200,
    prepare: async () => {
      const { id } = await createMeeting(owner.key, { title: "Live" });
      return {
        path: `/api/v1/meetings/${id}/segments`,
        params: { id },
        json: { segments: [segment(0, "Ana", "Only the owner's captions land here.")] },
      };
    },
    snapshot: meetingState,
    owner: (result) => expect(result.body).toEqual({ accepted: 1, duplicates: 0 }),
  },
  {
    route: "POST /api/v1/meetings/{id}/end",
    handler: endRoute.POST,
    scope: "meetings:write",
    success: 202,
    prepare: async () => {
      const id = await liveMeeting(owner.key, [segment(0, "Ana", "We can wrap up here.")]);
      return { path: `/api/v1/meetings/${id}/end`, params: { id } };
    },
    snapshot: meetingState,
    owner: (result) => expect(result.body.status).toBe("analyzing"),
  },
  {
    route: "GET /api/v1/meetings/{id}/transcript",
    handler: transcriptRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({
      path: `/api/v1/meetings/${base.meetingId}/transcript`,
      params: { id: base.meetingId },
    }),
    owner: (result) => expect(result.body.data).toHaveLength(4),
  },
  {
    route: "GET /api/v1/meetings/{id}/insights",
    handler: insightsRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({
      path: `/api/v1/meetings/${base.readyId}/insights`,
      params: { id: base.readyId },
    }),
    owner: (result) => expect(typeof result.body.summary).toBe("string"),
  },
  {
    route: "POST /api/v1/meetings/{id}/insights",
    handler: insightsRoute.POST,
    scope: "meetings:write",
    success: 202,
    prepare: async () => {
      const id = await readyMeeting(owner.key, TRANSCRIPT, "To re-analyse");
      return { path: `/api/v1/meetings/${id}/insights`, params: { id }, json: { template: "standup" } };
    },
    snapshot: async (prepared) => {
      const [row] =
        await getSql()`select status, template from meetings where id = ${prepared.params?.id as string}`;
      return { ...row };
    },
    owner: (result) => expect(result.body.status).toBe("analyzing"),
  },
  {
    route: "GET /api/v1/action-items",
    handler: actionItemsRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({ path: "/api/v1/action-items", query: { meetingId: base.meetingId } }),
    stranger: (result) => {
      expect(result.status).toBe(200);
      expect(result.body).toEqual({ data: [], nextCursor: null });
    },
    owner: (result) => {
      expect(result.body.data.map((item: { id: string }) => item.id)).toContain(base.actionItemId);
    },
  },
  {
    route: "POST /api/v1/action-items",
    handler: actionItemsRoute.POST,
    scope: "meetings:write",
    success: 201,
    prepare: async () => ({
      path: "/api/v1/action-items",
      json: { meetingId: base.meetingId, text: "Book the launch retro", owner: "Bob" },
    }),
    snapshot: () => countRows("select 1 from action_items where meeting_id = $1", base.meetingId),
    owner: (result) => expect(result.body).toMatchObject({ meetingId: base.meetingId, owner: "Bob" }),
  },
  {
    route: "PATCH /api/v1/action-items/{id}",
    handler: actionItemRoute.PATCH,
    scope: "meetings:write",
    success: 200,
    prepare: async () => {
      const item = await createActionItem(owner.userId, { meetingId: base.meetingId, text: "Draft the FAQ" });
      return { path: `/api/v1/action-items/${item.id}`, params: { id: item.id }, json: { done: true } };
    },
    snapshot: actionItemState,
    owner: (result) => expect(result.body.done).toBe(true),
  },
  {
    route: "DELETE /api/v1/action-items/{id}",
    handler: actionItemRoute.DELETE,
    scope: "meetings:write",
    success: 204,
    prepare: async () => {
      const item = await createActionItem(owner.userId, {
        meetingId: base.meetingId,
        text: "Cancel the old plan",
      });
      return { path: `/api/v1/action-items/${item.id}`, params: { id: item.id } };
    },
    snapshot: actionItemState,
    owner: async (_result, prepared) => expect(await actionItemState(prepared)).toEqual([]),
  },
  {
    route: "POST /api/v1/actions/generate",
    handler: generateRoute.POST,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({ path: "/api/v1/actions/generate", json: { transcript: TRANSCRIPT } }),
    snapshot: () => countRows("select 1 from action_items"),
    // Stateless: any caller holding the scope may use it, and it stores nothing.
    stranger: (result) => {
      expect(result.status).toBe(200);
      expect(Array.isArray(result.body.actionItems)).toBe(true);
    },
    owner: (result) => expect(result.body.actionItems.length).toBeGreaterThan(0),
  },
  {
    route: "GET /api/v1/search",
    handler: searchRoute.GET,
    scope: "meetings:read",
    success: 200,
    prepare: async () => ({ path: "/api/v1/search", query: { q: SECRET_WORD } }),
    stranger: (result) => {
      expect(result.status).toBe(200);
      expect(result.body).toEqual({ data: [], nextCursor: null });
    },
    owner: (result) => {
      const meetings = result.body.data.map((hit: { meetingId: string }) => hit.meetingId);
      expect(meetings).toContain(base.meetingId);
    },
  },
];

function requestOptions(prepared: Prepared) {
  return {
    params: prepared.params,
    query: prepared.query,
    json: prepared.json,
    rawBody: prepared.form?.(),
  };
}

function withKey(row: Row, prepared: Prepared, key: string) {
  const method = row.route.split(" ")[0] as string;
  return call(row.handler, method, prepared.path, { ...requestOptions(prepared), key });
}

function otherScope(scope: Scope): Scope {
  return scope === "meetings:read" ? "meetings:write" : "meetings:read";
}

describe.each(rows)("$route", (row) => {
  const method = row.route.split(" ")[0] as string;
  let prepared: Prepared;
  let before: unknown;

  beforeAll(async () => {
    prepared = await row.prepare();
    before = await row.snapshot?.(prepared);
  });

  it("answers 401 to a caller without credentials", async () => {
    const result = await callWithoutKey(row.handler, method, prepared.path, requestOptions(prepared));
    expectProblem(result, 401);
  });

  it("answers 401 to a malformed Authorization header", async () => {
    for (const authorization of ["Basic YW5hOnNlY3JldA==", "Bearer", "Bearer two words"]) {
      const result = await call(row.handler, method, prepared.path, {
        ...requestOptions(prepared),
        headers: { authorization },
      });
      expectProblem(result, 401);
    }
  });

  it("answers 401 to a well-formed key nobody owns", async () => {
    expectProblem(await withKey(row, prepared, UNKNOWN_KEY), 401);
  });

  it("answers 401 to a revoked key", async () => {
    expectProblem(await withKey(row, prepared, revokedKey), 401);
  });

  it(`answers 403 to the owner's key without the ${row.scope} scope`, async () => {
    const result = await withKey(row, prepared, keyFor[otherScope(row.scope)] as string);
    expectProblem(result, 403);
    expect(result.body.detail).toContain(row.scope);
  });

  it("keeps the owner's data from another user's key with every scope", async () => {
    const result = await withKey(row, prepared, stranger.key);
    if (row.stranger) await row.stranger(result, prepared);
    else expectProblem(result, 404);
  });

  if (row.snapshot) {
    it("changed nothing of the owner's on any refused request", async () => {
      expect(await row.snapshot?.(prepared)).toEqual(before);
    });
  }

  it(`answers ${row.success} to the owner's key with the ${row.scope} scope`, async () => {
    const result = await withKey(row, prepared, keyFor[row.scope] as string);
    expect(result.status, result.text).toBe(row.success);
    await row.owner?.(result, prepared);
  });
});
