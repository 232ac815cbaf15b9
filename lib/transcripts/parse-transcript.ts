/**
 * Reading an uploaded transcript file (DESIGN §5, segment object):
 *
 *   const transcript = parseTranscript(source);
 *   await transcript.format;                          // optional; resolves once detected
 *   for await (const segment of transcript.segments) { … }   // streams
 *   transcript.meta();                                // what is known so far; complete once `segments` is exhausted
 *
 * Every failure is a TranscriptParseError, thrown by `segments` (and rejecting `format`). Detection
 * starts at once and reads the file to settle the encoding (UTF-8 is checked to the end before
 * anything is parsed) and peeks at its start for the format; `segments` then reads it once more.
 * Memory stays bounded by the longest line or segment, never the file.
 */

import { decodeText } from "@/lib/transcripts/parse/decode-text";
import { detectEncoding, type TextEncoding } from "@/lib/transcripts/parse/detect-encoding";
import { detectFormat } from "@/lib/transcripts/parse/detect-format";
import { parseJson } from "@/lib/transcripts/parse/parse-json";
import { parseSrt } from "@/lib/transcripts/parse/parse-srt";
import { parseTxt } from "@/lib/transcripts/parse/parse-txt";
import { parseVtt } from "@/lib/transcripts/parse/parse-vtt";
import { readLines } from "@/lib/transcripts/parse/read-lines";
import {
  type ParsedSegment,
  type TranscriptFormat,
  type TranscriptMeta,
  TranscriptParseError,
  type TranscriptSource,
} from "@/lib/transcripts/types";
import { normalizeSegment, type RawSegment } from "./normalize-segment";

export type ParsedTranscript = {
  format: Promise<TranscriptFormat>;
  segments: AsyncGenerator<ParsedSegment, void>;
  meta: () => TranscriptMeta;
};

type FormatParser = (
  text: AsyncGenerator<string>,
  onMeta: (meta: TranscriptMeta) => void,
) => AsyncGenerator<RawSegment, TranscriptMeta | undefined>;

const parsers: Record<TranscriptFormat, FormatParser> = {
  json: parseJson,
  vtt: (text) => parseVtt(readLines(text)),
  srt: (text) => parseSrt(readLines(text)),
  txt: (text) => parseTxt(readLines(text)),
};

async function detect(
  source: TranscriptSource,
): Promise<{ encoding: TextEncoding; format: TranscriptFormat }> {
  const encoding = await detectEncoding(source);
  return { encoding, format: await detectFormat(decodeText(source, encoding)) };
}

export function parseTranscript(source: TranscriptSource): ParsedTranscript {
  const detected = detect(source);
  const format = detected.then(({ format }) => format);
  // A caller may only iterate `segments`, which rethrows; these must not count as unhandled.
  detected.catch(() => {});
  format.catch(() => {});
  let meta: TranscriptMeta = {};

  async function* segments(): AsyncGenerator<ParsedSegment, void> {
    const { encoding, format } = await detected;
    // Metadata read before the segments (Minuta's export) is known while they stream: an importer
    // can index them with the export's language from the first row.
    const raw = parsers[format](decodeText(source, encoding), (found) => {
      meta = found;
    });
    let count = 0;
    try {
      let next = await raw.next();
      while (!next.done) {
        const segment = normalizeSegment(next.value);
        if (segment) {
          count++;
          yield segment;
        }
        next = await raw.next();
      }
      meta = next.value ?? {};
    } finally {
      await raw.return(undefined);
    }
    if (count === 0) throw new TranscriptParseError("no_segments", "The file has no transcript text in it.");
  }

  return { format, segments: segments(), meta: () => meta };
}
