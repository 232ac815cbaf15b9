import { type TranscriptFormat, TranscriptParseError } from "@/lib/transcripts/types";

// Enough to see the first two lines of any real transcript.
const PEEK_CHARS = 64 * 1024;

const JSON_ARRAY_START = /^\[\s*(?:[{["\]]|(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)\s*[,\]])/;
const LINE_BREAK = /\r\n|\r|\n/;
// A timing line, even a malformed one ("00:00:0x,000 --> …"), so that its error can be reported.
const TIMING_LINE = /^[^\s>]*\d[^\s>]*\s*-->/;
// After an index line, any "-->" line is a cue's timing line ("1" then "xx:yy --> zz" is a broken SRT).
const TIMING_LINE_AFTER_INDEX = /^(?:\S*[^\s:])?\s*-->/;

/** The format by content, or null while more text is needed to tell. */
function decide(text: string, atEnd: boolean): TranscriptFormat | null {
  const start = text.search(/\S/);
  if (start < 0) {
    if (atEnd) throw new TranscriptParseError("empty", "The file is empty or contains only spaces.");
    return null;
  }
  const rest = text.slice(start);
  if (rest.startsWith("{")) return "json";
  // "[00:00:05] Ana: …" is a text transcript; "[{…" or "[]" is JSON.
  if (rest.startsWith("[")) {
    if (JSON_ARRAY_START.test(rest)) return "json";
    if (/^\[\s*$/.test(rest)) return atEnd ? "json" : null;
  }
  const firstBreak = LINE_BREAK.exec(rest);
  if (!firstBreak && !atEnd) return null;
  const firstLine = (firstBreak ? rest.slice(0, firstBreak.index) : rest).trim();
  if (/^WEBVTT(?:[ \t]|$)/.test(firstLine)) return "vtt";
  if (TIMING_LINE.test(firstLine)) return "srt";
  if (/^\d+$/.test(firstLine) && firstBreak) {
    const afterFirst = rest.slice(firstBreak.index + firstBreak[0].length);
    const secondBreak = LINE_BREAK.exec(afterFirst);
    if (!secondBreak && !atEnd) return null;
    const secondLine = (secondBreak ? afterFirst.slice(0, secondBreak.index) : afterFirst).trim();
    if (TIMING_LINE_AFTER_INDEX.test(secondLine)) return "srt";
  }
  return "txt";
}

/** The format by the first lines of the text (never the file name); stops reading once it can tell. */
export async function detectFormat(chunks: AsyncGenerator<string>): Promise<TranscriptFormat> {
  let peeked = "";
  try {
    for (;;) {
      const next = await chunks.next();
      if (!next.done) peeked += next.value;
      const format = decide(peeked, next.done === true || peeked.length >= PEEK_CHARS);
      if (format) return format;
    }
  } finally {
    await chunks.return(undefined);
  }
}
