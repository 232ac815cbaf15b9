import { formatVttTimestamp } from "@/lib/transcripts/format-timestamp";
import { type ParsedSegment, TranscriptParseError } from "@/lib/transcripts/types";

export const MAX_TEXT_CHARS = 20_000;
export const MAX_SPEAKER_CHARS = 100;
// Offsets are stored in a Postgres integer column.
export const MAX_OFFSET_MS = 2_147_483_647;
export const DEFAULT_SPEAKER = "Speaker 1";
// The same bound the API puts on a seq (stored in a Postgres integer column).
export const MAX_SEQ = 2_000_000_000;

/** A segment as a format parser reads it; `line` (text formats) or `item` (JSON) say where it came from. */
export type RawSegment = {
  seq?: number;
  speaker?: string;
  text: string;
  startMs: number;
  endMs: number;
  line?: number;
  item?: number;
  /**
   * An explicitly empty speaker stays empty (Minuta's JSON export writes "" for lines nobody was
   * named on); otherwise a missing speaker is named DEFAULT_SPEAKER.
   */
  keepEmptySpeaker?: boolean;
};

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Every other C0/C1 control goes, U+0001 and U+0002 included: search snippets use them as match markers.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const SPACES = /\s+/g;

// Anything the replacements below would change: control characters, any whitespace but a single
// space between words. Most text has none, and skipping four replacements halves parse time.
const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** Line breaks and tabs become spaces, other control characters go, whitespace collapses. */
export function cleanText(value: string): string {
  if (value.isWellFormed() && !NEEDS_CLEANING.test(value)) return value;
  return value.toWellFormed().replace(LINE_BREAKS, " ").replace(CONTROLS, "").replace(SPACES, " ").trim();
}

/** A speaker name as every path stores it (imports and live appends alike); may be "". */
export function cleanSpeakerLabel(value: string): string {
  let speaker = cleanText(value);
  if (speaker.length > MAX_SPEAKER_CHARS) {
    speaker = speaker.slice(0, MAX_SPEAKER_CHARS);
    if (/[\ud800-\udbff]$/.test(speaker)) speaker = speaker.slice(0, -1);
    speaker = speaker.trimEnd();
  }
  return speaker;
}

function wherePrefix(raw: RawSegment): string {
  if (raw.line !== undefined) return `Line ${raw.line}: `;
  if (raw.item !== undefined) return `Segment ${raw.item}: `;
  return "";
}

function offset(value: number, which: "start" | "end", raw: RawSegment): number {
  const rounded = Math.round(value);
  if (!Number.isFinite(value) || rounded < 0 || rounded > MAX_OFFSET_MS) {
    throw new TranscriptParseError(
      "bad_timestamp",
      `${wherePrefix(raw)}the ${which} time is not a valid offset (it must be between 0 and about 596 hours).`,
      raw.line,
    );
  }
  return rounded;
}

/** The one normalisation every parsed segment goes through; `null` when nothing is left of its text. */
export function normalizeSegment(raw: RawSegment): ParsedSegment | null {
  const text = cleanText(raw.text);
  if (!text) return null;
  if (text.length > MAX_TEXT_CHARS) {
    throw new TranscriptParseError(
      "segment_too_long",
      `${wherePrefix(raw)}the text is ${text.length.toLocaleString("en")} characters long; the limit is ${MAX_TEXT_CHARS.toLocaleString("en")}.`,
      raw.line,
    );
  }
  const startMs = offset(raw.startMs, "start", raw);
  const endMs = offset(raw.endMs, "end", raw);
  if (endMs < startMs) {
    throw new TranscriptParseError(
      "bad_timestamp",
      `${wherePrefix(raw)}the segment ends (${formatVttTimestamp(endMs)}) before it starts (${formatVttTimestamp(startMs)}).`,
      raw.line,
    );
  }
  const speaker = cleanSpeakerLabel(raw.speaker ?? "");
  const segment: ParsedSegment = {
    speaker: speaker || (raw.keepEmptySpeaker ? "" : DEFAULT_SPEAKER),
    text,
    startMs,
    endMs,
  };
  return raw.seq === undefined ? segment : { seq: raw.seq, ...segment };
}
