import { describe, expect, it } from "vitest";
import { MAX_RECORDING_BYTES, MAX_TRANSCRIPT_BYTES } from "@/lib/ingest/limits";
import { checkFileBeforeUpload, sizeRefusal } from "@/lib/ingest/upload-check.client";
import { isPlaceholderTitle, titleFromFileName } from "@/lib/meetings/upload-title";

const WAV_HEAD = new Uint8Array([
  ...new TextEncoder().encode("RIFF"),
  0,
  0,
  0,
  0,
  ...new TextEncoder().encode("WAVEfmt "),
]);

describe("checks before an upload is sent", () => {
  it("refuses an empty file", async () => {
    expect(await checkFileBeforeUpload(new Blob([]))).toMatchObject({ reason: "empty" });
  });

  it("lets through a small transcript and a small recording", async () => {
    expect(await checkFileBeforeUpload(new Blob(["WEBVTT\n\n"]))).toBeNull();
    expect(await checkFileBeforeUpload(new Blob([WAV_HEAD, new Uint8Array(100)]))).toBeNull();
  });

  it("applies the server's limits: 50 MB to transcripts, 2 GB to recordings", () => {
    expect(sizeRefusal(MAX_TRANSCRIPT_BYTES, false)).toBeNull();
    expect(sizeRefusal(MAX_TRANSCRIPT_BYTES + 1, false)).toMatchObject({
      reason: "transcript_too_large",
      size: MAX_TRANSCRIPT_BYTES + 1,
    });
    expect(sizeRefusal(MAX_TRANSCRIPT_BYTES + 1, true)).toBeNull();
    expect(sizeRefusal(3 * 1024 ** 3, true)).toMatchObject({ reason: "recording_too_large" });
    expect(sizeRefusal(MAX_RECORDING_BYTES, true)).toBeNull();
  });

  it("tells a recording by its first bytes, whatever its name", async () => {
    // 51 MB would be too much for a transcript; its WAV header makes it a recording.
    const recording = new Blob([WAV_HEAD, new Uint8Array(51 * 1024 * 1024)]);
    expect(await checkFileBeforeUpload(recording)).toBeNull();
    const transcript = new Blob([new Uint8Array(51 * 1024 * 1024).fill(0x61)]);
    expect(await checkFileBeforeUpload(transcript)).toMatchObject({ reason: "transcript_too_large" });
  });
});

describe("titles of uploaded meetings", () => {
  it("comes from the file name, without extension, separators or control characters", () => {
    expect(titleFromFileName("weekly-sync_2025.vtt")).toBe("weekly sync 2025");
    expect(titleFromFileName("bad\u0007name.txt")).toBe("badname");
    expect(titleFromFileName(".json")).toBe("Meeting");
  });

  it("is cut to 300 UTF-16 units without splitting a character", () => {
    const title = titleFromFileName(`${"a".repeat(299)}😀.txt`);
    expect(title).toBe("a".repeat(299));
    expect(title.isWellFormed()).toBe(true);
  });

  it("counts as nobody's choice only when it is the default or the file's own name", () => {
    expect(isPlaceholderTitle("Meeting")).toBe(true);
    expect(isPlaceholderTitle("weekly sync", "weekly-sync.json")).toBe(true);
    expect(isPlaceholderTitle("Board review", "weekly-sync.json")).toBe(false);
    expect(isPlaceholderTitle("weekly sync")).toBe(false);
  });
});
