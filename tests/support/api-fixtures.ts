import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import type { Scope } from "@/lib/api-keys/scopes";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { runAnalysis } from "@/lib/orchestration/jobs/analyze-meeting-job";
import { call, fileForm } from "./api";
import { inRequestScope } from "./session";

/**
 * Shared pieces of the API contract suite (tests/integration/api). Everything goes through the
 * route handlers; the database is read directly only to check what was (or wasn't) written.
 */

export type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
export type CallResult = Awaited<ReturnType<typeof call>>;
export type CallOptions = NonNullable<Parameters<typeof call>[3]>;
export type Segment = { seq: number; speaker: string; text: string; startMs: number; endMs: number };

/** A key shaped like a real one (mk_<12>_<43>) that no user owns. */
export const UNKNOWN_KEY = `mk_${"a".repeat(12)}_${"B".repeat(43)}`;

export async function keyWithScopes(userId: string, scopes?: Scope[]) {
  return createApiKey(userId, { name: `tests ${scopes?.join(",") ?? "all"}`, scopes });
}

// In `next start` the session path (next-auth's `auth()`) reads the cookie through `headers()`, which
// only works inside the request scope Next.js opens around every route handler. A caller without
// an Authorization header reaches that path, so such calls are made inside the same scope (see
// inRequestScope for the import the test file needs first).
process.env.AUTH_SECRET ||= randomBytes(32).toString("hex");
process.env.AUTH_TRUST_HOST ||= "true";

export async function callWithoutKey(
  handler: Handler,
  method: string,
  path: string,
  options: Omit<CallOptions, "key"> = {},
): Promise<CallResult> {
  const { pathname } = new URL(`http://localhost${path}`);
  return inRequestScope(
    path,
    options.headers ?? {},
    () => call(handler, method, path, options),
    `${pathname}/route`,
  );
}

/** The one error shape (DESIGN §5): application/problem+json `{ type, title, status, detail, requestId, errors? }`. */
export function expectProblem(result: CallResult, status: number) {
  expect(result.status, result.text).toBe(status);
  expect(result.headers.get("content-type")).toBe("application/problem+json");
  expect(result.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    requestId: expect.any(String),
  });
  // A replayed answer (Idempotency-Key) keeps the first request's body, id included.
  if (result.headers.get("idempotent-replayed") !== "true") {
    expect(result.headers.get("x-request-id")).toBe(result.body.requestId);
  }
  const allowed = ["type", "title", "status", "detail", "requestId", "errors"];
  expect(Object.keys(result.body).filter((key) => !allowed.includes(key))).toEqual([]);
  if (result.body.errors !== undefined) {
    expect(result.body.errors.length).toBeGreaterThan(0);
    for (const error of result.body.errors) {
      expect(error).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  }
}

/** The `path`s of a 422's field errors. */
export function errorPaths(result: CallResult): string[] {
  return ((result.body?.errors ?? []) as { path: string }[]).map((error) => error.path);
}

export async function createMeeting(key: string, json: Record<string, unknown> = { title: "Weekly sync" }) {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", { key, json });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; status: string; title: string };
}

export function segment(
  seq: number,
  speaker: string,
  text: string,
  startMs = seq * 4000,
  endMs = startMs + 3500,
): Segment {
  return { seq, speaker, text, startMs, endMs };
}

export function appendSegments(
  key: string,
  meetingId: string,
  segments: unknown,
  headers?: Record<string, string>,
) {
  return call(segmentsRoute.POST, "POST", `/api/v1/meetings/${meetingId}/segments`, {
    key,
    params: { id: meetingId },
    json: { segments },
    headers,
  });
}

/** A live meeting holding the given segments. */
export async function liveMeeting(key: string, segments: Segment[], title = "Live captions") {
  const meeting = await createMeeting(key, { title });
  const appended = await appendSegments(key, meeting.id, segments);
  expect(appended.status, appended.text).toBe(200);
  return meeting.id;
}

export function uploadFile(key: string, meetingId: string, form: FormData) {
  return call(filesRoute.POST, "POST", `/api/v1/meetings/${meetingId}/files`, {
    key,
    params: { id: meetingId },
    rawBody: form,
  });
}

/** A meeting made from an uploaded transcript (status `analyzing`, its analysis queued). */
export async function transcriptMeeting(key: string, transcript: string, title = "Uploaded notes") {
  const meeting = await createMeeting(key, { title });
  const uploaded = await uploadFile(key, meeting.id, fileForm(transcript, "notes.txt", "text/plain"));
  expect(uploaded.status, uploaded.text).toBe(201);
  return meeting.id;
}

/** A meeting whose analysis has run (status `ready`); runs the analyze job's code (and its recap) in this process. */
export async function readyMeeting(key: string, transcript: string, title = "Analysed meeting") {
  const id = await transcriptMeeting(key, transcript, title);
  expect(await runAnalysis(id)).toBe("ready");
  return id;
}

/** A small WAV file: a real RIFF/WAVE header and a data chunk whose bytes follow a known pattern. */
export function wavBytes(dataBytes = 16_000): Buffer {
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write("WAVEfmt ", 8, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(8000, 24);
  wav.writeUInt32LE(16_000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < dataBytes; i++) wav[44 + i] = (i * 7) % 251;
  return wav;
}

/** A meeting with a recording in storage (status `uploaded`, transcription queued). */
export async function recordingMeeting(key: string, wav = wavBytes()) {
  const meeting = await createMeeting(key, { title: "Recorded call" });
  const uploaded = await uploadFile(key, meeting.id, fileForm(new Uint8Array(wav), "call.wav", "audio/wav"));
  expect(uploaded.status, uploaded.text).toBe(202);
  return meeting.id;
}

export async function meetingRow(meetingId: string) {
  const [row] = await getSql()<{ status: string; title: string; ended_at: Date | null; owner_id: string }[]>`
    select status, title, ended_at, owner_id from meetings where id = ${meetingId}`;
  return row ?? null;
}

export async function storedSegments(meetingId: string): Promise<Segment[]> {
  return getSql()<Segment[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
    from transcript_segments where meeting_id = ${meetingId} order by seq`;
}

export async function countRows(sql: string, ...params: string[]): Promise<number> {
  const [row] = await getSql().unsafe<{ n: number }[]>(
    `select count(*)::int as n from (${sql}) counted`,
    params,
  );
  return row?.n ?? 0;
}

/** Stops what a test file started: the job queue client (started by any enqueue) and the pools. */
export async function stopServices() {
  await stopBoss();
  await closeDb();
}
