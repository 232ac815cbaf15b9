import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { closeDb, getSql } from "@/lib/db/client";
import { dataDir } from "@/lib/db/data-dir";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import { wavBytes } from "@/tests/support/api-fixtures";

afterAll(closeDb);

async function newMeeting(caller: Caller) {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title: "Upload" },
  });
  return created.body.id as string;
}

async function upload(caller: Caller, meetingId: string, form: FormData) {
  return call(filesRoute.POST, "POST", `/api/v1/meetings/${meetingId}/files`, {
    key: caller.key,
    params: { id: meetingId },
    rawBody: form,
  });
}

async function segmentCount(meetingId: string) {
  const [row] =
    await getSql()`select count(*)::int as n from transcript_segments where meeting_id = ${meetingId}`;
  return row?.n as number;
}

async function meetingState(meetingId: string) {
  const [row] = await getSql()`select status, media_key from meetings where id = ${meetingId}`;
  return row;
}

describe("transcript upload", () => {
  it("stores an uploaded VTT as segments numbered from 0 and answers 201 with the meeting", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const vtt =
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Ana>Hola a todos.\n\n00:00:03.000 --> 00:00:05.000\n<v Luis>Empezamos con el presupuesto.\n";
    const result = await upload(caller, id, fileForm(vtt, "reunion.vtt", "text/vtt"));
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ id, source: "upload", language: "es", durationMs: 5000 });
    expect(result.body.participants.map((p: { name: string }) => p.name)).toEqual(["Ana", "Luis"]);
    const rows =
      await getSql()`select seq, speaker, text, start_ms, end_ms from transcript_segments where meeting_id = ${id} order by seq`;
    expect(rows).toEqual([
      { seq: 0, speaker: "Ana", text: "Hola a todos.", start_ms: 1000, end_ms: 2500 },
      { seq: 1, speaker: "Luis", text: "Empezamos con el presupuesto.", start_ms: 3000, end_ms: 5000 },
    ]);
  });

  it("streams a transcript over 10 MB through the route", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const line = (i: number) =>
      `[${String(Math.floor(i / 3600)).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}] Speaker ${i % 4}: ${"We reviewed the quarterly numbers and the hiring plan in detail today. ".repeat(2)}\n`;
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 10.5 * 1024 * 1024; i++) {
      const text = line(i % 86_000);
      lines.push(text);
      size += text.length;
    }
    const result = await upload(caller, id, fileForm(lines, "long.txt", "text/plain"));
    expect(result.status).toBe(201);
    expect(await segmentCount(id)).toBe(lines.length);
  }, 120_000);

  it("reads UTF-16 and Latin-1 files", async () => {
    const caller = await makeCaller();
    const utf16 = await newMeeting(caller);
    const text = "Ana: Reunión sobre la señal de producción\nLuis: De acuerdo\n";
    const bom = Buffer.from([0xff, 0xfe]);
    expect((await upload(caller, utf16, fileForm([bom, Buffer.from(text, "utf16le")], "a.txt"))).status).toBe(
      201,
    );
    const latin1 = await newMeeting(caller);
    expect((await upload(caller, latin1, fileForm(Buffer.from(text, "latin1"), "b.txt"))).status).toBe(201);
    for (const id of [utf16, latin1]) {
      const [row] = await getSql()`select text from transcript_segments where meeting_id = ${id} and seq = 0`;
      expect(row?.text).toBe("Reunión sobre la señal de producción");
    }
  });

  const refusals: [string, () => FormData, number, string][] = [
    ["an empty file", () => fileForm("", "empty.vtt"), 422, "empty"],
    [
      "a binary file renamed .vtt",
      () => fileForm(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 9, 9]), "x.vtt"),
      422,
      "not_text",
    ],
    [
      "a malformed VTT timestamp",
      () => fileForm("WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nHola\n", "bad.vtt"),
      422,
      "bad_timestamp",
    ],
    [
      "a malformed SRT timestamp",
      () => fileForm("1\n00:00:01,000 --> 00:00:00,500\nHola\n", "bad.srt"),
      422,
      "bad_timestamp",
    ],
    ["a transcript without lines", () => fileForm("WEBVTT\n\n", "none.vtt"), 422, "no_segments"],
    [
      "a file name with a path separator",
      () => fileForm("Ana: hola", "../../etc/passwd"),
      422,
      "bad_file_name",
    ],
  ];

  for (const [what, form, status, reason] of refusals) {
    it(`refuses ${what} with ${status} and leaves the meeting untouched`, async () => {
      const caller = await makeCaller();
      const id = await newMeeting(caller);
      const result = await upload(caller, id, form());
      expect(result.status).toBe(status);
      expect(result.headers.get("content-type")).toBe("application/problem+json");
      expect(result.body.type).toContain(reason);
      expect(result.body.detail).toBeTruthy();
      expect(await segmentCount(id)).toBe(0);
      expect(await meetingState(id)).toEqual({ status: "created", media_key: null });
    });
  }

  it("refuses a file name with control characters, which breaks the multipart header, with a 400", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const result = await upload(caller, id, fileForm("Ana: hola", "evil\u0007.txt"));
    expect(result.status).toBe(400);
    expect(result.body.detail).toContain("file name");
    expect(await segmentCount(id)).toBe(0);
  });

  it("refuses a transcript over 50 MB with 413", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const chunk = "Ana: ".concat("palabra ".repeat(131_072), "\n");
    const result = await upload(caller, id, fileForm(Array(52).fill(chunk), "huge.txt"));
    expect(result.status).toBe(413);
    expect(await segmentCount(id)).toBe(0);
  }, 120_000);

  it("refuses a request without a file field and one that isn't multipart", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const form = new FormData();
    form.append("other", "x");
    expect((await upload(caller, id, form)).status).toBe(422);
    const notMultipart = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
      key: caller.key,
      params: { id },
      json: { file: "x" },
    });
    expect(notMultipart.status).toBe(415);
  });

  it("refuses a second file once the meeting has a transcript (409)", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    expect((await upload(caller, id, fileForm("Ana: hola", "a.txt"))).status).toBe(201);
    const again = await upload(caller, id, fileForm("Luis: adiós", "b.txt"));
    expect(again.status).toBe(409);
    const [row] = await getSql()`select text from transcript_segments where meeting_id = ${id}`;
    expect(row?.text).toBe("hola");
  });

  it("keeps a recording (recognised by its bytes, whatever its name) in storage and answers 202", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const result = await upload(caller, id, fileForm(new Uint8Array(wavBytes()), "notes.txt"));
    expect(result.status).toBe(202);
    const state = await meetingState(id);
    expect(state?.media_key).toMatch(new RegExp(`^meetings/${id}/recording-[0-9a-f-]{36}\\.wav$`));
    expect(existsSync(path.join(dataDir(), "files", state?.media_key as string))).toBe(true);
  });

  it("refuses a file with audio magic bytes that ffprobe can't read (422) and keeps nothing", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const broken = Buffer.concat([
      Buffer.from("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000"),
      Buffer.alloc(4000, 0x41),
    ]);
    const result = await upload(caller, id, fileForm(broken, "call.mp3"));
    expect(result.status).toBe(422);
    expect(result.headers.get("content-type")).toContain("application/problem+json");
    expect(result.body.detail).toMatch(/could not be read|no audio track/);
    expect(await meetingState(id)).toEqual({ status: "created", media_key: null });
    expect(existsSync(path.join(dataDir(), "files", "meetings", id))).toBe(false);
  });

  it("replaces the recording of a failed meeting and removes the old file", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    expect((await upload(caller, id, fileForm(new Uint8Array(wavBytes()), "first.wav"))).status).toBe(202);
    const first = (await meetingState(id))?.media_key as string;
    await getSql()`update meetings set status = 'failed', error = 'test' where id = ${id}`;
    expect((await upload(caller, id, fileForm(new Uint8Array(wavBytes(32_000)), "second.wav"))).status).toBe(
      202,
    );
    const second = (await meetingState(id))?.media_key as string;
    expect(second).not.toBe(first);
    expect(existsSync(path.join(dataDir(), "files", second))).toBe(true);
    expect(existsSync(path.join(dataDir(), "files", first))).toBe(false);
  });
});
