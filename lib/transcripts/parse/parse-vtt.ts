import type { RawSegment } from "@/lib/transcripts/normalize-segment";
import { addCueLine, type Cue, startCue } from "./cue";
import { readVttCueText } from "./cue-text";
import { readCueTiming } from "./cue-timing";
import type { Line } from "./read-lines";

function toSegment(cue: Cue): RawSegment {
  const { speaker, text } = readVttCueText(cue.text.join(" "));
  return { speaker, text, startMs: cue.startMs, endMs: cue.endMs, line: cue.line };
}

/**
 * WebVTT: the header block, then blocks separated by blank lines — NOTE, STYLE and REGION blocks
 * are skipped, a cue is an optional identifier line, its timing line and its text lines.
 */
export async function* parseVtt(lines: AsyncIterable<Line[]>): AsyncGenerator<RawSegment> {
  let state: "before" | "header" | "block" | "afterId" | "cue" | "skip" = "before";
  let cue: Cue | null = null;
  for await (const batch of lines) {
    for (const line of batch) {
      const blank = line.text.trim() === "";
      if (state === "before") {
        if (!blank) state = "header";
        continue;
      }
      if (blank) {
        if (cue) yield toSegment(cue);
        cue = null;
        state = "block";
        continue;
      }
      if (state === "skip") continue;
      if ((state === "header" || state === "cue") && line.text.includes("-->")) {
        // Cue text can't hold "-->" (WebVTT), so this is a timing line: the next cue, in a file that
        // drops the blank line before it, or a broken timing line, refused here and not later.
        if (cue) yield toSegment(cue);
        cue = startCue(readCueTiming(line, "vtt"), line.number);
        state = "cue";
      } else if (state === "header") {
      } else if (state === "cue") {
        if (cue) addCueLine(cue, line.text);
      } else if (line.text.includes("-->")) {
        cue = startCue(readCueTiming(line, "vtt"), line.number);
        state = "cue";
      } else if (state === "block") {
        state = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(line.text) ? "skip" : "afterId";
      } else {
        // An identifier not followed by a timing line: not a cue.
        state = "skip";
      }
    }
  }
  if (cue) yield toSegment(cue);
}
