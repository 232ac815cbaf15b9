// Browser side of an upload: create the meeting, send the file with progress, clean up on failure.
// With Supabase Storage the file goes straight to a signed storage URL (a platform such as Vercel
// caps request bodies near 4.5 MB) and the server is told when it is there; otherwise it is sent
// to the server as multipart.

export type UploadProgress = { loaded: number; total: number };
export type UploadOutcome = { ok: true; meetingId: string } | { ok: false; message: string; reason?: string };

type Problem = { detail?: string; type?: string };
type Sent = { status: number; body: string };
type SignedUpload = { uploadUrl: string; key: string };
type Failure = { ok: false; message: string; reason?: string };
type Attempt = { ok: true } | Failure;

function parseJson<T>(text: string): Partial<T> {
  try {
    return JSON.parse(text || "{}") as Partial<T>;
  } catch {
    return {};
  }
}

function failureOf(sent: Sent): Failure {
  const problem = parseJson<Problem>(sent.body);
  // A platform's own body limit answers 413 without a problem document.
  const reason = problem.type?.split("#errors-")[1] ?? (sent.status === 413 ? "file_too_large" : undefined);
  return { ok: false, message: problem.detail ?? "", reason };
}

/** 201 (a transcript stored) and 202 (a recording accepted) succeed; anything else is a failure. */
function attemptOf(sent: Sent): Attempt {
  return sent.status === 201 || sent.status === 202 ? { ok: true } : failureOf(sent);
}

function titleFromFileName(name: string): string {
  const base = name
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[_-]+/g, " ")
    .trim();
  return (base || "Meeting").slice(0, 300);
}

function send(
  method: "POST" | "PUT",
  url: string,
  body: FormData,
  headers: Record<string, string>,
  total: number,
  onProgress: (p: UploadProgress) => void,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.total || total });
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(body);
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

async function sendMultipart(meetingId: string, file: File, onProgress: (p: UploadProgress) => void) {
  const form = new FormData();
  form.append("file", file);
  return attemptOf(
    await send("POST", `/api/v1/meetings/${meetingId}/files`, form, {}, file.size, onProgress),
  );
}

async function sendToStorage(
  meetingId: string,
  signed: SignedUpload,
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<Attempt> {
  const form = signedUploadForm(file);
  const stored = await send("PUT", signed.uploadUrl, form, SIGNED_UPLOAD_HEADERS, file.size, onProgress);
  if (stored.status < 200 || stored.status >= 300) {
    // Supabase Storage answers `{ statusCode, error, message }`; only its size limit means something to a user.
    const tooLarge =
      stored.status === 413 || parseJson<{ statusCode: string }>(stored.body).statusCode === "413";
    return { ok: false, message: "", reason: tooLarge ? "file_too_large" : undefined };
  }
  const completed = await fetch(`/api/v1/meetings/${meetingId}/files/complete`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key: signed.key }),
  });
  return attemptOf({ status: completed.status, body: await completed.text() });
}

/** Sends the file the way the server offers: to a signed storage URL when it answers 201, else multipart. */
async function sendFile(meetingId: string, file: File, onProgress: (p: UploadProgress) => void) {
  const offered = await fetch(`/api/v1/meetings/${meetingId}/files/upload-url`, { method: "POST" });
  if (offered.status !== 201) return sendMultipart(meetingId, file, onProgress);
  return sendToStorage(meetingId, (await offered.json()) as SignedUpload, file, onProgress);
}

export async function uploadMeetingFile(
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<UploadOutcome> {
  const created = await fetch("/api/v1/meetings", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: titleFromFileName(file.name), source: "upload" }),
  });
  if (!created.ok) return failureOf({ status: created.status, body: await created.text() });
  const meeting = (await created.json()) as { id: string };
  try {
    const result = await sendFile(meeting.id, file, onProgress);
    if (result.ok) return { ok: true, meetingId: meeting.id };
    await fetch(`/api/v1/meetings/${meeting.id}`, { method: "DELETE" });
    return result;
  } catch {
    await fetch(`/api/v1/meetings/${meeting.id}`, { method: "DELETE" }).catch(() => {});
    return { ok: false, message: "", reason: "network" };
  }
}
