import { TranscriptParseError } from "@/lib/transcripts/types";
import { parseCueTimestamp } from "./parse-timestamp";
import type { Line } from "./read-lines";

const EXAMPLE = {
  vtt: { timestamp: "hh:mm:ss.mmm", line: "00:00:01.000 --> 00:00:04.000" },
  srt: { timestamp: "hh:mm:ss,mmm", line: "00:00:01,000 --> 00:00:04,000" },
} as const;

function badTimestamp(line: Line, value: string, format: "vtt" | "srt"): TranscriptParseError {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return new TranscriptParseError(
    "bad_timestamp",
    `Line ${line.number}: the timestamp “${shown}” is not valid (expected ${EXAMPLE[format].timestamp}).`,
    line.number,
  );
}

/** The start and end of a `start --> end [settings]` line; bad_timestamp with the line number otherwise. */
export function readCueTiming(line: Line, format: "vtt" | "srt"): { startMs: number; endMs: number } {
  const arrow = line.text.indexOf("-->");
  if (arrow < 0) {
    throw new TranscriptParseError(
      "bad_timestamp",
      `Line ${line.number}: expected a timing line like “${EXAMPLE[format].line}”.`,
      line.number,
    );
  }
  const start = line.text.slice(0, arrow).trim();
  const end =
    line.text
      .slice(arrow + 3)
      .trim()
      .split(/\s+/)[0] ?? "";
  const startMs = parseCueTimestamp(start);
  if (startMs === null) throw badTimestamp(line, start, format);
  const endMs = parseCueTimestamp(end);
  if (endMs === null) throw badTimestamp(line, end, format);
  return { startMs, endMs };
}

/** Like readCueTiming, but null for a line that is not a valid timing line (cue text may contain "-->"). */
export function tryReadCueTiming(
  line: Line,
  format: "vtt" | "srt",
): { startMs: number; endMs: number } | null {
  if (!line.text.includes("-->")) return null;
  try {
    return readCueTiming(line, format);
  } catch {
    return null;
  }
}
