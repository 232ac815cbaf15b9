import { describe, expect, it } from "vitest";
import { formatVttTimestamp } from "@/lib/transcripts/format-timestamp";
import { parseTranscript } from "@/lib/transcripts/parse-transcript";
import { parseFailure, sourceOf, utf8 } from "./transcript-source";

function generatedVtt(targetBytes: number): Uint8Array {
  const cues = ["WEBVTT\n"];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const cue = `\n${i}\n${formatVttTimestamp(i * 2000)} --> ${formatVttTimestamp(i * 2000 + 1500)}\n<v Ana García>Frase número ${i} de la reunión, con acentos y eñes.</v>\n`;
    cues.push(cue);
    size += cue.length;
  }
  return utf8(cues.join(""));
}

describe("large transcript files", () => {
  it("parses a 5 MB WebVTT file in well under a few seconds", async () => {
    const bytes = generatedVtt(5 * 1024 * 1024);
    const started = performance.now();
    const parsed = parseTranscript(sourceOf(bytes, [64 * 1024]));
    let count = 0;
    let last = -1;
    for await (const segment of parsed.segments) {
      count++;
      last = segment.startMs;
    }
    const elapsedMs = performance.now() - started;
    expect(await parsed.format).toBe("vtt");
    expect(count).toBeGreaterThan(40_000);
    expect(last).toBe((count - 1) * 2000);
    expect(elapsedMs).toBeLessThan(3000);
  });

  it("refuses a huge file without line breaks instead of holding it as one line", async () => {
    const error = await parseFailure(`Ana: ${"a".repeat(1_000_000)}`, [64 * 1024]);
    expect(error.code).toBe("segment_too_long");
  });

  it("refuses a cue that runs on for megabytes without a blank line", async () => {
    const vtt = `WEBVTT\n\n00:01.000 --> 00:02.000\n${"una línea más\n".repeat(200_000)}`;
    expect(await parseFailure(vtt, [64 * 1024])).toMatchObject({ code: "segment_too_long", line: 3 });
  });

  it("stops reading the file when the caller stops early", async () => {
    const bytes = generatedVtt(200_000);
    let open = 0;
    const source = () => {
      const inner = sourceOf(bytes, [4096])();
      return (async function* () {
        open++;
        try {
          yield* inner;
        } finally {
          open--;
        }
      })();
    };
    const parsed = parseTranscript(source);
    for await (const _segment of parsed.segments) break;
    expect(open).toBe(0);
  });
});
