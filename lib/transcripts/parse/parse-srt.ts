import type { RawSegment } from "@/lib/transcripts/normalize-segment";
import { addCueLine, type Cue, startCue } from "./cue";
import { readCueTiming } from "./cue-timing";
import type { Line } from "./read-lines";
import { isSpeakerLabel, splitSpeakerPrefix } from "./speaker-label";

const FORMATTING = /<\/?(?:i|b|u|s|font)(?:\s[^>]*)?>|\{\\[^}]*\}/gi;
const BRACKETED_SPEAKER = /^\[([^\]]{1,40})\]\s*/;
const INDEX = /^\d+$/;
// What can only be a timing line, broken or not: one token (not a "Speaker:" label) before "-->".
// Cue text such as "Ana: a --> b" stays text.
const TIMING_LIKE = /^\s*(?:\S*[^\s:])?\s*-->/;

/** Speaker from "Name: text", "- Name: text" (dialogue dash) or "[Name] text". */
function readCueText(raw: string): { speaker?: string; text: string } {
  const text = raw.replace(FORMATTING, "").trim();
  const prefixed = splitSpeakerPrefix(text) ?? splitSpeakerPrefix(text.replace(/^-\s*/, ""));
  if (prefixed) return prefixed;
  const bracketed = BRACKETED_SPEAKER.exec(text);
  if (bracketed?.[1] && isSpeakerLabel(bracketed[1])) {
    return { speaker: bracketed[1].trim(), text: text.slice(bracketed[0].length) };
  }
  return { text };
}

function toSegment(cue: Cue): RawSegment {
  const { speaker, text } = readCueText(cue.text.join(" "));
  return { speaker, text, startMs: cue.startMs, endMs: cue.endMs, line: cue.line };
}

/** SubRip: blocks of an index line, a timing line and text lines, separated by blank lines. */
export async function* parseSrt(lines: AsyncIterable<Line[]>): AsyncGenerator<RawSegment> {
  let state: "block" | "timing" | "text" | "skip" = "block";
  let cue: Cue | null = null;
  for await (const batch of lines) {
    for (const line of batch) {
      const trimmed = line.text.trim();
      if (trimmed === "") {
        if (cue) yield toSegment(cue);
        cue = null;
        state = "block";
      } else if (state === "skip" && !TIMING_LIKE.test(line.text)) {
        // A block that is not a cue (no index and timing): ignored like other players do.
      } else if (state === "block" && INDEX.test(trimmed)) {
        state = "timing";
      } else if (
        state === "timing" ||
        (state === "block" && line.text.includes("-->")) ||
        TIMING_LIKE.test(line.text)
      ) {
        // A timing line wherever it is: a broken one is refused, naming it, instead of being read
        // as text (or skipped) and failing later or not at all.
        if (state === "text" && cue && INDEX.test(cue.text.at(-1)?.trim() ?? "")) {
          // Without blank lines between cues, the previous text line was this cue's index.
          cue.text.pop();
        }
        const timing = readCueTiming(line, "srt");
        if (cue) yield toSegment(cue);
        cue = startCue(timing, line.number);
        state = "text";
      } else if (state === "text") {
        if (cue) addCueLine(cue, line.text);
      } else {
        state = "skip";
      }
    }
  }
  if (cue) yield toSegment(cue);
}
