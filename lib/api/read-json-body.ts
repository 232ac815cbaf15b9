import { AppError } from "@/lib/kernel/errors";

/** Reads a body of at most `limit` bytes as text, without trusting Content-Length. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large", `The body is larger than ${limit} bytes.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("payload_too_large", `The body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** JSON from a body's text; an empty body is `undefined` when optional, else a 400. */
export function parseJsonText(text: string, optional = false): unknown {
  if (!text.trim()) {
    if (optional) return undefined;
    throw new AppError("bad_request", "The request needs a JSON body.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
}
