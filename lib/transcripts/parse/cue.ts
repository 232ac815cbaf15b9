import { TranscriptParseError } from "@/lib/transcripts/types";
import { MAX_LINE_CHARS } from "./read-lines";

/** A VTT or SRT cue being read: its timing, the line of its timing, its text lines so far. */
export type Cue = { startMs: number; endMs: number; line: number; text: string[]; chars: number };

export function startCue(timing: { startMs: number; endMs: number }, line: number): Cue {
  return { ...timing, line, text: [], chars: 0 };
}

/** Adds a text line, refusing a cue that grows past any possible segment (a file with no blank lines). */
export function addCueLine(cue: Cue, text: string): void {
  cue.chars += text.length + 1;
  if (cue.chars > MAX_LINE_CHARS) {
    throw new TranscriptParseError(
      "segment_too_long",
      `Line ${cue.line}: the cue that starts here is too long to be one segment.`,
      cue.line,
    );
  }
  cue.text.push(text);
}
