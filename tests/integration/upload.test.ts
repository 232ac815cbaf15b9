import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as insightsRoute from "@/app/api/v1/meetings/[id]/insights/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { problemResponse } from "@/lib/api/problem";
import { ingestUpload } from "@/lib/ingest/ingest-upload";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { dataDir } from "@/lib/kernel/db/data-dir";
import { titleFromFileName } from "@/lib/meetings/upload-title";
import { analyzeMeeting } from "@/lib/orchestration/analyze-meeting";
import { sweep } from "@/lib/orchestration/jobs/sweep";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import { wavBytes } from "@/tests/support/api-fixtures";
import { docxWithText, pdfWithText } from "@/tests/support/documents";

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
    [
      "an SRT cue whose timing line has no times",
      () => fileForm("1\nxx:yy --> zz\nhello\n", "broken.srt"),
      422,
      "bad_timestamp",
    ],
    ["a transcript without lines", () => fileForm("WEBVTT\n\n", "none.vtt"), 422, "no_segments"],
    ["a PDF with text", () => fileForm(new Uint8Array(pdfWithText()), "minutes.pdf"), 422, "document"],
    [
      "a PDF named like a transcript",
      () => fileForm(new Uint8Array(pdfWithText()), "notes.txt"),
      422,
      "document",
    ],
    ["a Word document", () => fileForm(new Uint8Array(docxWithText()), "minutes.docx"), 422, "document"],
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
    await getSql()`update meetings set status = 'failed', error = '{"code":"other","params":{"text":"test"}}' where id = ${id}`;
    expect((await upload(caller, id, fileForm(new Uint8Array(wavBytes(32_000)), "second.wav"))).status).toBe(
      202,
    );
    const second = (await meetingState(id))?.media_key as string;
    expect(second).not.toBe(first);
    expect(existsSync(path.join(dataDir(), "files", second))).toBe(true);
    expect(existsSync(path.join(dataDir(), "files", first))).toBe(false);
  });
});

describe("upload options, Minuta JSON imports and participants", () => {
  it("creates a meeting with a template and a language; its first analysis uses that template", async () => {
    const caller = await makeCaller();
    const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: caller.key,
      json: { title: "Daily", source: "upload", template: "standup", language: "es" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ language: "es", source: "upload" });
    const id = created.body.id as string;
    const vtt =
      "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>Ayer terminé la migración. Hoy reviso los tests.\n\n00:00:05.000 --> 00:00:08.000\n<v Luis>Estoy bloqueado con el certificado de staging.\n";
    expect((await upload(caller, id, fileForm(vtt, "daily.vtt"))).status).toBe(201);
    const [row] = await getSql()`
      select m.template, m.language, (select distinct search_config::text from transcript_segments where meeting_id = m.id) as config
      from meetings m where m.id = ${id}`;
    expect(row).toEqual({ template: "standup", language: "es", config: "spanish" });

    expect(await analyzeMeeting(id)).toBe("ready");
    const insights = await call(insightsRoute.GET, "GET", `/api/v1/meetings/${id}/insights`, {
      key: caller.key,
      params: { id },
    });
    expect(insights.status).toBe(200);
    expect(insights.body.template).toBe("standup");
  });

  it("uses the default template when none is given and refuses one that doesn't exist (422, nothing created)", async () => {
    const caller = await makeCaller();
    const plain = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: caller.key,
      json: { title: "Plain" },
    });
    const [row] = await getSql()`select template from meetings where id = ${plain.body.id}`;
    expect(row?.template).toBe("default");
    const refused = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: caller.key,
      json: { title: "Haiku", template: "haiku", language: "fr" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      "language",
      "template",
    ]);
    const [count] = await getSql()`select count(*)::int as n from meetings where owner_id = ${caller.userId}`;
    expect(count?.n).toBe(1);
  });

  it("names the line at fault in the problem's errors, so the browser can say which", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const result = await upload(
      caller,
      id,
      fileForm(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHola\n\n00:00:0x.000 --> 00:00:04.000\nAdiós\n",
        "a.vtt",
      ),
    );
    expect(result.status).toBe(422);
    expect(result.body.errors[0].path).toBe("file:line 6");
  });

  it("names the JSON segment at fault", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const json = JSON.stringify([
      { speaker: "Ana", text: "Hola", start: 0, end: 1 },
      { speaker: "Luis", text: "Adiós", start: 1 },
    ]);
    const result = await upload(caller, id, fileForm(json, "a.json"));
    expect(result.status).toBe(422);
    expect(result.body.errors[0].path).toBe("file:segment 2");
  });

  function minutaExport(meeting: Record<string, unknown>, texts: string[], meetingFirst = true) {
    const segments = texts.map((text, seq) => ({
      seq,
      speaker: seq % 2 ? "Luis" : "Ana",
      text,
      startMs: seq * 2000,
      endMs: seq * 2000 + 1500,
    }));
    return meetingFirst
      ? JSON.stringify({ version: 1, meeting, segments })
      : JSON.stringify({ version: 1, segments, meeting });
  }

  // English-looking text, declared Spanish: only the declaration can make the stemmer Spanish.
  const TEXTS = ["The budget review is done.", "We will ship the release on Friday.", "Thanks everyone."];

  async function uploadMeeting(caller: Caller, title: string) {
    const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: caller.key,
      json: { title, source: "upload" },
    });
    return created.body.id as string;
  }

  async function importedRow(id: string) {
    const [row] = await getSql()`
      select m.title, m.language, array_agg(distinct s.search_config::text) as configs
      from meetings m join transcript_segments s on s.meeting_id = m.id where m.id = ${id} group by m.id`;
    return row;
  }

  it("takes the export's title and language, indexing every segment with that language's stemmer", async () => {
    const caller = await makeCaller();
    const id = await uploadMeeting(caller, titleFromFileName("weekly-sync_export.json"));
    const file = minutaExport({ title: "Planificación Q3", language: "es" }, TEXTS);
    expect((await upload(caller, id, fileForm(file, "weekly-sync_export.json"))).status).toBe(201);
    expect(await importedRow(id)).toEqual({
      title: "Planificación Q3",
      language: "es",
      configs: ["spanish"],
    });
  });

  it("keeps a title someone chose, and re-indexes when the language is declared after the segments", async () => {
    const caller = await makeCaller();
    const id = await uploadMeeting(caller, "Board review");
    const file = minutaExport({ title: "Planificación Q3", language: "es" }, TEXTS, false);
    expect((await upload(caller, id, fileForm(file, "export.json"))).status).toBe(201);
    expect(await importedRow(id)).toEqual({ title: "Board review", language: "es", configs: ["spanish"] });
  });

  it("keeps at most 200 distinct speakers as participants, the file's own (with emails) first", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const lines = Array.from({ length: 260 }, (_, i) => `Speaker ${i + 1}: line ${i + 1}`).join("\n");
    expect((await upload(caller, id, fileForm(lines, "crowd.txt"))).status).toBe(201);
    const [count] = await getSql()`select count(*)::int as n from participants where meeting_id = ${id}`;
    expect(count?.n).toBe(200);
    expect(await segmentCount(id)).toBe(260);

    const withEmails = await newMeeting(caller);
    const file = minutaExport(
      {
        participants: [
          { name: "Luis", email: "Luis@Example.com" },
          { name: "Marta", email: "marta@example.com" },
        ],
      },
      TEXTS,
    );
    expect((await upload(caller, withEmails, fileForm(file, "x.json"))).status).toBe(201);
    const people =
      await getSql()`select name, email from participants where meeting_id = ${withEmails} order by name`;
    expect(people).toEqual([
      { name: "Ana", email: null },
      { name: "Luis", email: "luis@example.com" },
      { name: "Marta", email: "marta@example.com" },
    ]);
  });
});

describe("abandoned uploads", () => {
  async function meetingAged(
    caller: Caller,
    options: { source?: string; hours: number; mediaKey?: string; segment?: boolean },
  ) {
    const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
      key: caller.key,
      json: { title: "Left behind", source: options.source ?? "upload" },
    });
    const id = created.body.id as string;
    await getSql()`
      update meetings set created_at = now() - make_interval(hours => ${options.hours}), media_key = ${options.mediaKey ?? null}
      where id = ${id}`;
    if (options.segment) {
      await getSql()`
        insert into transcript_segments (meeting_id, seq, speaker, text, start_ms, end_ms)
        values (${id}, 0, 'Ana', 'hola', 0, 1000)`;
    }
    return id;
  }

  it("deletes upload meetings still empty a day later, and nothing else", async () => {
    const caller = await makeCaller();
    const abandoned = await meetingAged(caller, { hours: 25 });
    const recent = await meetingAged(caller, { hours: 2 });
    const fromApi = await meetingAged(caller, { source: "api", hours: 48 });
    const withSegments = await meetingAged(caller, { hours: 48, segment: true });
    const withRecording = await meetingAged(caller, { hours: 48, mediaKey: "meetings/x/recording.wav" });
    const done = await meetingAged(caller, { hours: 48 });
    await getSql()`update meetings set status = 'ready' where id = ${done}`;

    await sweep();

    const left = await getSql()`select id from meetings where owner_id = ${caller.userId}`;
    expect(left.map((row) => row.id).sort()).toEqual(
      [recent, fromApi, withSegments, withRecording, done].sort(),
    );
    expect(left.map((row) => row.id)).not.toContain(abandoned);
  });
});

describe("slow uploads (slowloris)", () => {
  const PACE = { minBytesPerSecond: 1024, windowMs: 400 };
  const BOUNDARY = "slowloris";
  const tmpFiles = async () => (await readdir(path.join(dataDir(), "tmp")).catch(() => [])).sort();

  /** A multipart upload that sends its headers, then `bytesPerTick` every 50 ms, until cancelled or done. */
  function drippingRequest(meetingId: string, caller: Caller, bytesPerTick: number, totalBytes: number) {
    let timer: ReturnType<typeof setInterval> | undefined;
    let sent = 0;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          encoder.encode(
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\nContent-Type: text/plain\r\n\r\nAna: `,
          ),
        );
        timer = setInterval(() => {
          if (sent >= totalBytes) {
            clearInterval(timer);
            controller.enqueue(encoder.encode(`\r\n--${BOUNDARY}--\r\n`));
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode("a".repeat(bytesPerTick)));
          sent += bytesPerTick;
        }, 50);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    const request = new Request(`http://localhost/api/v1/meetings/${meetingId}/files`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      body,
      duplex: "half",
    } as RequestInit);
    return { request, stop: () => clearInterval(timer), userId: caller.userId };
  }

  it("cuts an upload sending under the minimum rate for a whole window with a 408 problem, keeping nothing", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    const before = await tmpFiles();
    // 1 byte every 50 ms is 20 B/s, far under 1 KiB/s.
    const slow = drippingRequest(id, caller, 1, 1_000_000);
    const started = performance.now();
    const error = await ingestUpload(caller.userId, id, slow.request, PACE).then(
      () => null,
      (caught: unknown) => caught,
    );
    slow.stop();
    expect(performance.now() - started).toBeLessThan(PACE.windowMs * 5);
    const response = problemResponse(error, "request-id");
    expect(response.status).toBe(408);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem.type).toBe("/docs#errors-upload_too_slow");
    expect(problem.detail).toMatch(/less than 1 KiB\/s/);
    expect(await segmentCount(id)).toBe(0);
    expect(await meetingState(id)).toEqual({ status: "created", media_key: null });
    expect(await tmpFiles()).toEqual(before);
  });

  it("lets an upload through that keeps above the minimum rate, however long it takes", async () => {
    const caller = await makeCaller();
    const id = await newMeeting(caller);
    // 100 bytes every 50 ms is 2 KB/s, over 1 KiB/s; the upload lasts three windows.
    const steady = drippingRequest(id, caller, 100, 2_400);
    const result = await ingestUpload(caller.userId, id, steady.request, PACE);
    expect(result.kind).toBe("transcript");
    expect(await segmentCount(id)).toBe(1);
  });
});
