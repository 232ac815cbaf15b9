// Browser side of an upload: check the file, create the meeting, send the file with progress, and
// delete the meeting again when the upload fails or is cancelled. With Supabase Storage the file
// goes straight to a signed storage URL (a platform such as Vercel caps request bodies near
// 4.5 MB) and the server is told when it is there; otherwise it is sent to the server as multipart.

import type { MeetingLanguageOption, NOTE_TEMPLATES } from "@/lib/meetings/meeting-options";
import { titleFromFileName } from "@/lib/meetings/upload-title";
import { checkFileBeforeUpload, type UploadFailure } from "./upload-check.client";

export type { UploadFailure };
export type UploadProgress = { loaded: number; total: number };
export type UploadOutcome = { ok: true; meetingId: string } | UploadFailure;

export type UploadOptions = {
  template: (typeof NOTE_TEMPLATES)[number];
  language: MeetingLanguageOption;
  /** The server keeps files in Supabase Storage: send them to a signed URL, not through the server. */
  direct: boolean;
  signal?: AbortSignal;
  onProgress: (progress: UploadProgress) => void;
};

type Problem = {
  detail?: string;
  type?: string;
  requestId?: string;
  errors?: { path?: string }[];
};
type Sent = { status: number; body: string; retryAfter?: string | null };
type SignedUpload = { uploadUrl: string; key: string };
type Attempt = { ok: true } | UploadFailure;

const CANCELLED: UploadFailure = { ok: false, reason: "cancelled", message: "" };
const NETWORK: UploadFailure = { ok: false, reason: "network", message: "" };

function parseJson<T>(text: string): Partial<T> {
  try {
    return JSON.parse(text || "{}") as Partial<T>;
  } catch {
    return {};
  }
}

/** Where in the file a refusal points: the API names it in the problem's first error path. */
export function locationOf(path: string | undefined): { line?: number; segment?: number } | undefined {
  const match = /^file:(line|segment) (\d+)$/.exec(path ?? "");
  if (!match) return undefined;
  return match[1] === "line" ? { line: Number(match[2]) } : { segment: Number(match[2]) };
}

/** Why an answer was a refusal: the problem's reason, or what its status says (a proxy's own page has no problem). */
export function failureOf(sent: Sent): UploadFailure {
  const problem = parseJson<Problem>(sent.body);
  const byStatus =
    sent.status === 413
      ? "file_too_large"
      : sent.status === 401
        ? "unauthorized"
        : sent.status === 429
          ? "rate_limited"
          : sent.status >= 500
            ? "internal"
            : "failed";
  const retryAfter = Number(sent.retryAfter);
  return {
    ok: false,
    reason: problem.type?.split("#errors-")[1] || byStatus,
    status: sent.status,
    message: problem.detail ?? "",
    location: locationOf(problem.errors?.[0]?.path),
    requestId: problem.requestId,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
}

/** 201 (a transcript stored) and 202 (a recording accepted) succeed; anything else is a failure. */
function attemptOf(sent: Sent): Attempt {
  return sent.status === 201 || sent.status === 202 ? { ok: true } : failureOf(sent);
}

async function sentOf(response: Response): Promise<Sent> {
  return {
    status: response.status,
    body: await response.text(),
    retryAfter: response.headers.get("retry-after"),
  };
}

class Aborted extends Error {}

function send(
  method: "POST" | "PUT",
  url: string,
  body: FormData,
  headers: Record<string, string>,
  total: number,
  options: UploadOptions,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    options.signal?.addEventListener("abort", abort, { once: true });
    const settle = () => options.signal?.removeEventListener("abort", abort);
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) =>
      options.onProgress({ loaded: event.loaded, total: event.total || total });
    xhr.onload = () => {
      settle();
      resolve({
        status: xhr.status,
        body: xhr.responseText,
        retryAfter: xhr.getResponseHeader("retry-after"),
      });
    };
    xhr.onerror = () => {
      settle();
      reject(new Error("network"));
    };
    xhr.onabort = () => {
      settle();
      reject(new Aborted());
    };
    // abort() before send() fires no event: settle here instead.
    if (options.signal?.aborted) {
      settle();
      reject(new Aborted());
    } else xhr.send(body);
  });
}

/** What supabase-js's uploadToSignedUrl sends for a File: a form with the file in an unnamed field. */
export function signedUploadForm(file: File): FormData {
  const form = new FormData();
  form.append("cacheControl", "3600");
  form.append("", file);
  return form;
}
export const SIGNED_UPLOAD_HEADERS = { "x-upsert": "false" };

async function sendMultipart(meetingId: string, file: File, options: UploadOptions): Promise<Attempt> {
  const form = new FormData();
  form.append("file", file);
  return attemptOf(await send("POST", `/api/v1/meetings/${meetingId}/files`, form, {}, file.size, options));
}

async function sendToStorage(
  meetingId: string,
  signed: SignedUpload,
  file: File,
  options: UploadOptions,
): Promise<Attempt> {
  const form = signedUploadForm(file);
  const stored = await send("PUT", signed.uploadUrl, form, SIGNED_UPLOAD_HEADERS, file.size, options);
  if (stored.status < 200 || stored.status >= 300) {
    // Supabase Storage answers `{ statusCode, error, message }`; only its size limit means something to a user.
    const tooLarge =
      stored.status === 413 || parseJson<{ statusCode: string }>(stored.body).statusCode === "413";
    return { ok: false, message: "", reason: tooLarge ? "file_too_large" : "storage_failed" };
  }
  const completed = await fetch(`/api/v1/meetings/${meetingId}/files/complete`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key: signed.key, fileName: file.name }),
    signal: options.signal,
  });
  return attemptOf(await sentOf(completed));
}

/** Straight to storage when the server keeps files there (it answers upload-url with 201), else multipart. */
async function sendFile(meetingId: string, file: File, options: UploadOptions): Promise<Attempt> {
  if (!options.direct) return sendMultipart(meetingId, file, options);
  const offered = await fetch(`/api/v1/meetings/${meetingId}/files/upload-url`, {
    method: "POST",
    signal: options.signal,
  });
  if (offered.status !== 201) return sendMultipart(meetingId, file, options);
  return sendToStorage(meetingId, (await offered.json()) as SignedUpload, file, options);
}

/** Deletes the meeting an upload made; `keepalive` lets it finish while the page is closing. */
async function discardMeeting(meetingId: string): Promise<void> {
  await fetch(`/api/v1/meetings/${meetingId}`, { method: "DELETE", keepalive: true }).catch(() => {});
}

export async function uploadMeetingFile(file: File, options: UploadOptions): Promise<UploadOutcome> {
  const refused = await checkFileBeforeUpload(file);
  if (refused) return refused;
  if (options.signal?.aborted) return CANCELLED;
  let created: Response;
  try {
    // Not abortable: once asked for, the meeting is deleted below rather than left unknown.
    created = await fetch("/api/v1/meetings", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: titleFromFileName(file.name),
        source: "upload",
        language: options.language,
        template: options.template,
      }),
    });
  } catch {
    return NETWORK;
  }
  if (!created.ok) return failureOf(await sentOf(created));
  const meeting = (await created.json()) as { id: string };
  try {
    if (options.signal?.aborted) throw new Aborted();
    const result = await sendFile(meeting.id, file, options);
    if (result.ok) return { ok: true, meetingId: meeting.id };
    await discardMeeting(meeting.id);
    return result;
  } catch (error) {
    await discardMeeting(meeting.id);
    return error instanceof Aborted || options.signal?.aborted ? CANCELLED : NETWORK;
  }
}
