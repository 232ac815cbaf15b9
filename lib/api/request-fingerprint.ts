import { createHash } from "node:crypto";

// How much of a raw (multipart) body identifies it: the part headers (field and file name) and the
// file's first bytes, together with the declared length.
const PEEK_BYTES = 64 * 1024;

/**
 * What makes two requests "the same" for Idempotency-Key: method, path and body. A JSON body is
 * used whole (`bodyText`); a raw body the handler streams itself (an upload) is identified by its
 * length and its first 64 KiB, read from a clone so the handler still gets every byte.
 */
export async function requestFingerprint(
  request: Request,
  path: string,
  bodyText: string | null,
): Promise<string> {
  const hash = createHash("sha256").update(`${request.method} ${path}\n`);
  if (bodyText !== null) hash.update(bodyText);
  else {
    hash.update(`length ${request.headers.get("content-length") ?? "unknown"}\n`);
    hash.update(await rawBodyHead(request));
  }
  return hash.digest("hex");
}

async function rawBodyHead(request: Request): Promise<Buffer> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.clone().body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  try {
    while (size < PEEK_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    cut = size >= PEEK_BYTES;
  } catch {
    // An interrupted upload: the handler reads the same error from its own copy and answers it.
  } finally {
    // Not awaited: a tee branch's cancel settles only once the handler's branch is done too.
    reader.cancel().catch(() => {});
  }
  const head = Buffer.concat(chunks).subarray(0, PEEK_BYTES);
  return withoutBoundary(head, multipartBoundary(request.headers.get("content-type")), cut);
}

function multipartBoundary(contentType: string | null): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * A client picks a new random multipart boundary for each attempt, so a retry of the same file
 * differs only there: leave it out. When the head was cut, its last bytes may hold the start of one.
 */
function withoutBoundary(head: Buffer, boundary: string | null, cut: boolean): Buffer {
  if (!boundary) return head;
  const needle = Buffer.from(boundary);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = head.indexOf(needle); at !== -1; at = head.indexOf(needle, from)) {
    parts.push(head.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(head.subarray(from));
  const rest = Buffer.concat(parts);
  return cut ? rest.subarray(0, Math.max(0, rest.length - (needle.length - 1))) : rest;
}
