import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { receiveUpload } from "@/lib/ingest/receive-upload";

const modeOf = (file: string) => statSync(file).mode & 0o777;
const previous = process.env.MINUTA_DATA_DIR;

afterEach(() => {
  process.env.MINUTA_DATA_DIR = previous;
});

describe("an upload on its way in", () => {
  it("is written readable by its owner only, in a private folder", async () => {
    process.env.MINUTA_DATA_DIR = mkdtempSync(path.join(tmpdir(), "minuta-upload-"));
    const form = new FormData();
    form.append("file", new Blob(["Ana: a private meeting\n"], { type: "text/plain" }), "call.txt");
    const upload = await receiveUpload(
      new Request("http://localhost/upload", { method: "POST", body: form }),
    );
    expect(modeOf(upload.path)).toBe(0o600);
    expect(modeOf(path.dirname(upload.path))).toBe(0o700);
  });
});
