import { afterAll, describe, expect, it } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { call, fileForm, makeCaller } from "@/tests/support/api";

afterAll(closeDb);

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Speaker 1>Bienvenidos a la reunión de planificación.

00:00:04.500 --> 00:00:08.000
<v Speaker 2>Gracias. Hablemos del presupuesto del tercer trimestre.
`;

async function createMeeting(key: string, title = "Planning") {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", { key, json: { title } });
  expect(created.status).toBe(201);
  return created.body as { id: string; status: string };
}

describe("meetings API", () => {
  it("filters by from/to: a date is that whole day in UTC, a date-time is exact", async () => {
    const { key } = await makeCaller();
    const early = await createMeeting(key, "Early");
    const late = await createMeeting(key, "Late");
    await getSql()`update meetings set created_at = '2026-03-01T23:30:00Z' where id = ${early.id}`;
    await getSql()`update meetings set created_at = '2026-03-02T00:30:00Z' where id = ${late.id}`;
    const titles = async (query: Record<string, string>) => {
      const result = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", { key, query });
      expect(result.status).toBe(200);
      return (result.body.data as { title: string }[]).map((meeting) => meeting.title).sort();
    };
    expect(await titles({ from: "2026-03-01", to: "2026-03-01" })).toEqual(["Early"]);
    expect(await titles({ from: "2026-03-02" })).toEqual(["Late"]);
    // Madrid's 1 March ends at 23:00 UTC: the early meeting (23:30 UTC) is already 2 March there.
    expect(await titles({ to: "2026-03-01T23:59:59.999+01:00" })).toEqual([]);
    expect(await titles({ to: "2026-03-02T00:30:00Z" })).toEqual(["Early", "Late"]);
    expect(await titles({ from: "2026-03-02T00:30:00.001Z" })).toEqual([]);
    // The day after 9999-12-31 can't be written as a timestamp: the bound stops at its last moment.
    expect(await titles({ to: "9999-12-31" })).toEqual(["Early", "Late"]);
  });

  it("creates a meeting with the contract's shape", async () => {
    const { key } = await makeCaller();
    const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key,
      json: {
        title: "  Kick-off ",
        language: "es",
        participants: [{ name: "Ana", email: "ANA@example.com" }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: "Kick-off",
      status: "created",
      source: "api",
      language: "es",
      participants: [{ name: "Ana", email: "ana@example.com" }],
      startedAt: null,
      endedAt: null,
      durationMs: null,
    });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.headers.get("x-request-id")).toBeTruthy();
  });

  it("answers 400 to a body that isn't JSON and 422 with field errors to an invalid one", async () => {
    const { key } = await makeCaller();
    const broken = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key,
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect(broken.headers.get("content-type")).toBe("application/problem+json");
    expect(broken.body).toMatchObject({ status: 400, title: "Bad request" });
    expect(broken.body.requestId).toBeTruthy();

    const invalid = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key,
      json: { title: "", language: "fr" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["language", "title"]);
  });

  it("answers 401 without credentials and with an unknown key", async () => {
    expect((await call(meetingsRoute.GET, "GET", "/api/v1/meetings", { key: "mk_nope" })).status).toBe(401);
    const fake = `mk_aaaaaaaaaaaa_${"A".repeat(43)}`;
    expect((await call(meetingsRoute.GET, "GET", "/api/v1/meetings", { key: fake })).status).toBe(401);
  });

  it("lists my meetings newest first, paged by cursor, and never another user's", async () => {
    const me = await makeCaller();
    const other = await makeCaller();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createMeeting(me.key, `Meeting ${i}`)).id);
    await createMeeting(other.key, "Someone else's");

    const first = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", {
      key: me.key,
      query: { limit: "3" },
    });
    expect(first.status).toBe(200);
    expect(first.body.data.map((m: { id: string }) => m.id)).toEqual(ids.slice(2).reverse());
    const second = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", {
      key: me.key,
      query: { limit: "3", cursor: first.body.nextCursor },
    });
    expect(second.body.data.map((m: { id: string }) => m.id)).toEqual(ids.slice(0, 2).reverse());
    expect(second.body.nextCursor).toBeNull();

    const badCursor = await call(meetingsRoute.GET, "GET", "/api/v1/meetings", {
      key: me.key,
      query: { cursor: "garbage" },
    });
    expect(badCursor.status).toBe(422);
  });

  it("hides another user's meeting behind a 404 on every verb", async () => {
    const owner = await makeCaller();
    const stranger = await makeCaller();
    const meeting = await createMeeting(owner.key);
    const params = { id: meeting.id };
    const path = `/api/v1/meetings/${meeting.id}`;
    expect((await call(meetingRoute.GET, "GET", path, { key: stranger.key, params })).status).toBe(404);
    expect(
      (await call(meetingRoute.PATCH, "PATCH", path, { key: stranger.key, params, json: { title: "x" } }))
        .status,
    ).toBe(404);
    expect((await call(meetingRoute.DELETE, "DELETE", path, { key: stranger.key, params })).status).toBe(404);
    const upload = await call(filesRoute.POST, "POST", `${path}/files`, {
      key: stranger.key,
      params,
      rawBody: fileForm(VTT, "x.vtt"),
    });
    expect(upload.status).toBe(404);
    expect((await call(meetingRoute.GET, "GET", path, { key: owner.key, params })).body.title).toBe(
      "Planning",
    );
  });

  it("renames a speaker on every line and in the participants", async () => {
    const { key } = await makeCaller();
    const meeting = await createMeeting(key);
    const params = { id: meeting.id };
    const upload = await call(filesRoute.POST, "POST", `/api/v1/meetings/${meeting.id}/files`, {
      key,
      params,
      rawBody: fileForm(VTT, "planning.vtt"),
    });
    expect(upload.status).toBe(201);

    const patched = await call(meetingRoute.PATCH, "PATCH", `/api/v1/meetings/${meeting.id}`, {
      key,
      params,
      json: { speakers: { "Speaker 1": "Ana" }, title: "Q3 planning" },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.title).toBe("Q3 planning");
    expect(patched.body.participants.map((p: { name: string }) => p.name).sort()).toEqual([
      "Ana",
      "Speaker 2",
    ]);
    const speakers =
      await getSql()`select distinct speaker from transcript_segments where meeting_id = ${meeting.id} order by 1`;
    expect(speakers.map((row) => row.speaker)).toEqual(["Ana", "Speaker 2"]);
  });

  it("deletes a meeting with its segments, participants and file", async () => {
    const { key } = await makeCaller();
    const meeting = await createMeeting(key);
    const params = { id: meeting.id };
    await call(filesRoute.POST, "POST", `/api/v1/meetings/${meeting.id}/files`, {
      key,
      params,
      rawBody: fileForm(VTT, "a.vtt"),
    });
    const deleted = await call(meetingRoute.DELETE, "DELETE", `/api/v1/meetings/${meeting.id}`, {
      key,
      params,
    });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    for (const table of ["meetings", "participants", "transcript_segments"]) {
      const column = table === "meetings" ? "id" : "meeting_id";
      const [row] = await getSql().unsafe(`select count(*)::int as n from ${table} where ${column} = $1`, [
        meeting.id,
      ]);
      expect(row?.n).toBe(0);
    }
    expect(
      (await call(meetingRoute.GET, "GET", `/api/v1/meetings/${meeting.id}`, { key, params })).status,
    ).toBe(404);
  });

  it("answers 422 to a malformed meeting id", async () => {
    const { key } = await makeCaller();
    const result = await call(meetingRoute.GET, "GET", "/api/v1/meetings/not-a-uuid", {
      key,
      params: { id: "not-a-uuid" },
    });
    expect(result.status).toBe(422);
    expect(result.body.errors[0].path).toBe("id");
  });
});
