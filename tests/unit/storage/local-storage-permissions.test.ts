import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LocalStorage } from "@/lib/storage/local-storage";

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe("local storage permissions", () => {
  it("keeps streamed files readable by their owner only, in private folders", async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), "minuta-files-")), "files");
    const storage = new LocalStorage(root);
    await storage.put("user-1/meeting-1/audio.webm", Readable.from([Buffer.from("secret audio")]));
    expect(modeOf(path.join(root, "user-1/meeting-1/audio.webm"))).toBe(0o600);
    expect(modeOf(path.join(root, "user-1/meeting-1"))).toBe(0o700);
    expect(modeOf(path.join(root, "user-1"))).toBe(0o700);
    expect(modeOf(root)).toBe(0o700);
  });

  it("narrows a moved-in upload and folders an older version left readable by all", async () => {
    const base = mkdtempSync(path.join(tmpdir(), "minuta-files-"));
    const root = path.join(base, "files");
    mkdirSync(path.join(root, "user-2"), { recursive: true, mode: 0o755 });
    chmodSync(root, 0o755);
    const upload = path.join(base, "upload.tmp");
    writeFileSync(upload, "secret audio", { mode: 0o644 });
    chmodSync(upload, 0o644);
    await new LocalStorage(root).putFile("user-2/meeting-2/audio.webm", upload);
    expect(modeOf(path.join(root, "user-2/meeting-2/audio.webm"))).toBe(0o600);
    expect(modeOf(path.join(root, "user-2"))).toBe(0o700);
    expect(modeOf(root)).toBe(0o700);
  });
});
