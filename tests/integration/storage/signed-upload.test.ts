import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as completeRoute from "@/app/api/v1/meetings/[id]/files/complete/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as uploadUrlRoute from "@/app/api/v1/meetings/[id]/files/upload-url/route";
import * as mediaRoute from "@/app/api/v1/meetings/[id]/media/route";
import { MAX_TRANSCRIPT_BYTES } from "@/lib/ingest/limits";
import { SIGNED_UPLOAD_HEADERS, signedUploadForm } from "@/lib/ingest/upload.client";
import { getSql } from "@/lib/kernel/db/client";
import { type Caller, call, fileForm, makeCaller } from "@/tests/support/api";
import { createMeeting, expectProblem, stopServices, wavBytes } from "@/tests/support/api-fixtures";
import { encode, makeTempDir, tone, truncate } from "@/tests/support/audio";
import { type FakeSupabaseStorage, startFakeSupabaseStorage } from "@/tests/support/fake-supabase-storage";

const VTT =
  "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Ana>Hola a todos.\n\n00:00:03.000 --> 00:00:05.000\n<v Luis>Empezamos con el presupuesto.\n";

let fake: FakeSupabaseStorage;
let me: Caller;

beforeAll(async () => {
  fake = await startFakeSupabaseStorage();
  me = await makeCaller();
});
beforeEach(() => {
  process.env.SUPABASE_URL = fake.url;
  process.env.SUPABASE_SERVICE_ROLE_KEY = fake.serviceKey;
});
afterAll(async () => {
  delete process.env.SUPABASE_URL;
  delete process.env.SUPABASE_SERVICE_ROLE_KEY;
  await fake.close();
  await stopServices();
});

function uploadUrl(meetingId: string, caller = me) {
  return call(uploadUrlRoute.POST, "POST", `/api/v1/meetings/${meetingId}/files/upload-url`, {
    key: caller.key,
    params: { id: meetingId },
  });
}

function complete(meetingId: string, key: string, caller = me) {
  return call(completeRoute.POST, "POST", `/api/v1/meetings/${meetingId}/files/complete`, {
    key: caller.key,
    params: { id: meetingId },
    json: { key },
  });
}

/** The request upload.client.ts makes from the browser, straight to storage. */
async function putLikeTheBrowser(url: string, content: BlobPart, name: string, type: string) {
  const file = new File([content], name, { type });
  const response = await fetch(url, {
    method: "PUT",
    headers: SIGNED_UPLOAD_HEADERS,
    body: signedUploadForm(file),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** Asks for an upload URL and sends the file there, as the browser does. */
async function uploadDirect(meetingId: string, content: BlobPart, name: string, type: string) {
  const offered = await uploadUrl(meetingId);
  expect(offered.status, offered.text).toBe(201);
  await putLikeTheBrowser(offered.body.uploadUrl, content, name, type);
  return offered.body.key as string;
}

const stored = (key: string) => fake.objects.has(`recordings/${key}`);

async function meetingState(meetingId: string) {
  const [row] = await getSql()`
    select status, media_key, media_mime, media_size::int as media_size,
      (select count(*)::int from transcript_segments where meeting_id = ${meetingId}) as segments
    from meetings where id = ${meetingId}`;
  return row;
}
const UNTOUCHED = { status: "created", media_key: null, media_mime: null, media_size: null, segments: 0 };

describe("direct uploads to Supabase Storage", () => {
  it("offers a signed URL for a meeting's upload: 201 { uploadUrl, token, key, expiresAt }", async () => {
    const meeting = await createMeeting(me.key);
    const offered = await uploadUrl(meeting.id);
    expect(offered.status).toBe(201);
    expect(offered.body).toEqual({
      uploadUrl: expect.stringContaining(
        `${fake.url}/storage/v1/object/upload/sign/recordings/meetings/${meeting.id}/uploads/`,
      ),
      token: expect.any(String),
      key: expect.stringMatching(new RegExp(`^meetings/${meeting.id}/uploads/[0-9a-f-]{36}$`)),
      expiresAt: expect.any(String),
    });
    expect(offered.body.uploadUrl).toContain(`token=${offered.body.token}`);
    const lifetime = Date.parse(offered.body.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(110 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(120 * 60_000);
  });

  it("takes a WAV sent straight to storage as the recording: 202, queued for transcription, playable with Range", async () => {
    const meeting = await createMeeting(me.key);
    const wav = wavBytes(40_000);
    const key = await uploadDirect(meeting.id, new Uint8Array(wav), "call.wav", "audio/wav");
    expect(stored(key)).toBe(true);

    const completed = await complete(meeting.id, key);
    expect(completed.status, completed.text).toBe(202);
    expect(completed.body).toMatchObject({ id: meeting.id, status: "uploaded", source: "upload" });
    expect(await meetingState(meeting.id)).toEqual({
      status: "uploaded",
      media_key: key,
      media_mime: "audio/wav",
      media_size: wav.length,
      segments: 0,
    });
    expect(stored(key)).toBe(true);
    const [job] = await getSql()`select name from pgboss.job where data->>'meetingId' = ${meeting.id}`;
    expect(job?.name).toBe("transcribe");

    const media = await call(mediaRoute.GET, "GET", `/api/v1/meetings/${meeting.id}/media`, {
      key: me.key,
      params: { id: meeting.id },
      headers: { range: "bytes=8-15" },
    });
    expect(media.status).toBe(206);
    expect(media.headers.get("content-range")).toBe(`bytes 8-15/${wav.length}`);
    expect(media.headers.get("content-type")).toBe("audio/wav");
    expect(media.text).toBe("WAVEfmt ");

    // The browser may retry the completion after a dropped answer: same answer, recording kept.
    const again = await complete(meeting.id, key);
    expect(again.status).toBe(202);
    expect(stored(key)).toBe(true);
  });

  it("stores a VTT uploaded with supabase-js's uploadToSignedUrl as segments: 201, and the file is not kept", async () => {
    const meeting = await createMeeting(me.key);
    const offered = await uploadUrl(meeting.id);
    const browserClient = createClient(fake.url, "anon-key", { auth: { persistSession: false } });
    const sent = await browserClient.storage
      .from("recordings")
      .uploadToSignedUrl(offered.body.key, offered.body.token, new Blob([VTT], { type: "text/vtt" }));
    expect(sent.error).toBeNull();

    const completed = await complete(meeting.id, offered.body.key);
    expect(completed.status, completed.text).toBe(201);
    expect(completed.body).toMatchObject({
      id: meeting.id,
      status: "analyzing",
      language: "es",
      durationMs: 5000,
    });
    const rows = await getSql()`
      select seq, speaker, text from transcript_segments where meeting_id = ${meeting.id} order by seq`;
    expect(rows).toEqual([
      { seq: 0, speaker: "Ana", text: "Hola a todos." },
      { seq: 1, speaker: "Luis", text: "Empezamos con el presupuesto." },
    ]);
    expect(stored(offered.body.key)).toBe(false);
  });

  it("refuses a transcript over 50 MB with 413, removes it from storage and leaves the meeting as it was", async () => {
    const meeting = await createMeeting(me.key);
    const line = "Ana: hola a todos, empezamos.\n";
    const huge = line.repeat(Math.ceil((MAX_TRANSCRIPT_BYTES + 1) / line.length));
    const key = await uploadDirect(meeting.id, huge, "huge.txt", "text/plain");
    expect(stored(key)).toBe(true);

    const completed = await complete(meeting.id, key);
    expectProblem(completed, 413);
    expect(completed.body.type).toContain("file_too_large");
    expect(stored(key)).toBe(false);
    expect(await meetingState(meeting.id)).toEqual(UNTOUCHED);
  }, 120_000);

  it("refuses a broken transcript with 422, removes it and writes nothing", async () => {
    const meeting = await createMeeting(me.key);
    const key = await uploadDirect(
      meeting.id,
      "WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nHola\n",
      "bad.vtt",
      "text/vtt",
    );
    const completed = await complete(meeting.id, key);
    expectProblem(completed, 422);
    expect(completed.body.type).toContain("bad_timestamp");
    expect(stored(key)).toBe(false);
    expect(await meetingState(meeting.id)).toEqual(UNTOUCHED);
  });

  it("refuses an empty upload with 422 and removes it", async () => {
    const meeting = await createMeeting(me.key);
    const key = await uploadDirect(meeting.id, "", "empty.vtt", "text/vtt");
    const completed = await complete(meeting.id, key);
    expectProblem(completed, 422);
    expect(completed.body.type).toContain("empty");
    expect(stored(key)).toBe(false);
  });

  it("answers 404 for someone else's meeting, and their upload stays untouched", async () => {
    const other = await makeCaller();
    const theirs = await createMeeting(other.key);
    const offered = await uploadUrl(theirs.id, other);
    await putLikeTheBrowser(offered.body.uploadUrl, new Uint8Array(wavBytes()), "x.wav", "audio/wav");

    expectProblem(await uploadUrl(theirs.id), 404);
    expectProblem(await complete(theirs.id, offered.body.key), 404);
    expect(stored(offered.body.key)).toBe(true);
    expect(await meetingState(theirs.id)).toEqual(UNTOUCHED);
  });

  it("refuses a key that belongs to another meeting (422) without touching either", async () => {
    const first = await createMeeting(me.key);
    const second = await createMeeting(me.key);
    const key = await uploadDirect(first.id, new Uint8Array(wavBytes()), "a.wav", "audio/wav");
    const completed = await complete(second.id, key);
    expectProblem(completed, 422);
    expect(completed.body.errors).toEqual([{ path: "key", message: expect.any(String) }]);
    expect(stored(key)).toBe(true);
    expect(await meetingState(first.id)).toEqual(UNTOUCHED);
    expect(await meetingState(second.id)).toEqual(UNTOUCHED);
  });

  it("answers 422 when nothing was uploaded under the key", async () => {
    const meeting = await createMeeting(me.key);
    const offered = await uploadUrl(meeting.id);
    const completed = await complete(meeting.id, offered.body.key);
    expectProblem(completed, 422);
    expect(completed.body.type).toContain("upload_missing");
    expect(await meetingState(meeting.id)).toEqual(UNTOUCHED);
  });

  it("offers no upload URL (409) for a meeting that already has content", async () => {
    const meeting = await createMeeting(me.key);
    const key = await uploadDirect(meeting.id, VTT, "a.vtt", "text/vtt");
    expect((await complete(meeting.id, key)).status).toBe(201);
    const offered = await uploadUrl(meeting.id);
    expectProblem(offered, 409);
    expect(offered.body.type).toContain("meeting_has_content");
  });

  it("keeps a recording sent through the multipart route in Supabase Storage too", async () => {
    const meeting = await createMeeting(me.key);
    const wav = wavBytes();
    const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${meeting.id}/files`, {
      key: me.key,
      params: { id: meeting.id },
      rawBody: fileForm(new Uint8Array(wav), "call.wav", "audio/wav"),
    });
    expect(uploaded.status, uploaded.text).toBe(202);
    const key = (await meetingState(meeting.id))?.media_key as string;
    expect(key).toMatch(new RegExp(`^meetings/${meeting.id}/recording-[0-9a-f-]{36}\\.wav$`));
    expect(fake.objects.get(`recordings/${key}`)?.data.equals(wav)).toBe(true);
  });
});

describe("recordings sent straight to storage are checked like streamed ones", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let stamped: Buffer;
  let truncated: Buffer;

  beforeAll(async () => {
    temp = await makeTempDir();
    const wav = await tone(temp.dir, "tone.wav", 2);
    const m4a = path.join(temp.dir, "stamped.m4a");
    await promisify(execFile)("ffmpeg", [
      ...["-v", "error", "-y", "-i", wav, "-c:a", "aac"],
      ...["-metadata", "creation_time=2026-02-20T09:30:00.000000Z", m4a],
    ]);
    stamped = await readFile(m4a);
    truncated = await readFile(await truncate(await encode(wav, "m4a", "full.m4a"), 4000, "cut.m4a"));
  });
  afterAll(() => temp.cleanup());

  it("refuses a damaged recording with the streamed route's 422, removes it and leaves the meeting as it was", async () => {
    const streamedMeeting = await createMeeting(me.key);
    const streamed = await call(filesRoute.POST, "POST", `/api/v1/meetings/${streamedMeeting.id}/files`, {
      key: me.key,
      params: { id: streamedMeeting.id },
      rawBody: fileForm(new Uint8Array(truncated), "cut.m4a", "audio/mp4"),
    });
    expectProblem(streamed, 422);

    const meeting = await createMeeting(me.key);
    const key = await uploadDirect(meeting.id, new Uint8Array(truncated), "cut.m4a", "audio/mp4");
    const completed = await complete(meeting.id, key);
    expectProblem(completed, 422);
    expect(completed.body.type).toBe(streamed.body.type);
    expect(completed.body.detail).toBe(streamed.body.detail);
    expect(stored(key)).toBe(false);
    expect(await meetingState(meeting.id)).toEqual(UNTOUCHED);
  });

  it("takes the time the recording says it was made as the meeting's start, both ways", async () => {
    const direct = await createMeeting(me.key);
    const key = await uploadDirect(direct.id, new Uint8Array(stamped), "memo.m4a", "audio/mp4");
    const completed = await complete(direct.id, key);
    expect(completed.status, completed.text).toBe(202);
    expect(completed.body.startedAt).toBe("2026-02-20T09:30:00.000Z");

    const streamedMeeting = await createMeeting(me.key);
    const streamed = await call(filesRoute.POST, "POST", `/api/v1/meetings/${streamedMeeting.id}/files`, {
      key: me.key,
      params: { id: streamedMeeting.id },
      rawBody: fileForm(new Uint8Array(stamped), "memo.m4a", "audio/mp4"),
    });
    expect(streamed.status, streamed.text).toBe(202);
    expect(streamed.body.startedAt).toBe("2026-02-20T09:30:00.000Z");
  });

  it("leaves the start unset for a recording that doesn't say when it was made", async () => {
    const meeting = await createMeeting(me.key);
    const key = await uploadDirect(meeting.id, new Uint8Array(wavBytes()), "call.wav", "audio/wav");
    const completed = await complete(meeting.id, key);
    expect(completed.status, completed.text).toBe(202);
    expect(completed.body.startedAt).toBeNull();
  });
});

describe("with local storage (no Supabase variables)", () => {
  it("answers 409 to upload-url so the client sends the file as multipart", async () => {
    delete process.env.SUPABASE_URL;
    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    const meeting = await createMeeting(me.key);
    const offered = await uploadUrl(meeting.id);
    expectProblem(offered, 409);
    expect(offered.body.type).toContain("direct_upload_unavailable");
    expect(await meetingState(meeting.id)).toEqual(UNTOUCHED);
  });
});
