import { describe, expect, it } from "vitest";
import { requestFingerprint } from "@/lib/api/request-fingerprint";

/** Idempotency-Key fingerprints of uploads: the file counts, the multipart boundary doesn't. */

function upload(content: BlobPart, name: string): Request {
  const form = new FormData();
  form.append("file", new File([content], name));
  return new Request("http://localhost/api/v1/meetings/x/files", { method: "POST", body: form });
}
const fingerprint = (request: Request) => requestFingerprint(request, "/api/v1/meetings/x/files", null);

describe("requestFingerprint of a raw (multipart) body", () => {
  it("is the same for a retry of the same file, whose boundary is new", async () => {
    const first = upload("Ana: hello\n", "a.txt");
    const retry = upload("Ana: hello\n", "a.txt");
    expect(first.headers.get("content-type")).not.toBe(retry.headers.get("content-type"));
    expect(await fingerprint(first)).toBe(await fingerprint(retry));
  });

  it("differs for other bytes, another name or another length", async () => {
    const base = await fingerprint(upload("Ana: hello\n", "a.txt"));
    expect(await fingerprint(upload("Ana: jello\n", "a.txt"))).not.toBe(base);
    expect(await fingerprint(upload("Ana: hello\n", "b.txt"))).not.toBe(base);
    expect(await fingerprint(upload("Ana: hello!\n", "a.txt"))).not.toBe(base);
  });

  it("reads only the head of a large body and leaves every byte to the handler", async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(65);
    const request = upload(big, "big.wav");
    const first = await fingerprint(request);
    const form = await request.formData();
    expect((form.get("file") as File).size).toBe(big.length);
    expect(await fingerprint(upload(big, "big.wav"))).toBe(first);
  });
});

describe("requestFingerprint of a JSON body", () => {
  it("uses the whole body text", async () => {
    const request = () => new Request("http://localhost/api/v1/meetings", { method: "POST" });
    const a = await requestFingerprint(request(), "/api/v1/meetings", '{"title":"a"}');
    expect(await requestFingerprint(request(), "/api/v1/meetings", '{"title":"a"}')).toBe(a);
    expect(await requestFingerprint(request(), "/api/v1/meetings", '{"title":"b"}')).not.toBe(a);
  });
});
