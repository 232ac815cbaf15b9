import { parseTranscript } from "@/lib/transcripts/parse-transcript";
import {
  type ParsedSegment,
  type TranscriptFormat,
  type TranscriptMeta,
  TranscriptParseError,
  type TranscriptSource,
} from "@/lib/transcripts/types";

// Small, uneven chunks so lines, JSON tokens and multi-byte characters straddle chunk boundaries.
const DEFAULT_CHUNKS = [7, 3, 1, 13, 2, 64, 5];

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function utf16le(text: string, { bom }: { bom: boolean }): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(bytes.buffer);
  if (bom) view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), true);
  return bytes;
}

export function utf16be(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, false);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), false);
  return bytes;
}

/** Latin-1 bytes of text whose characters are all below U+0100. */
export const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** A re-readable source over the bytes, cut into chunks of the given sizes (cycled). */
export function sourceOf(
  input: string | Uint8Array,
  chunkSizes: readonly number[] = DEFAULT_CHUNKS,
): TranscriptSource {
  const bytes = typeof input === "string" ? utf8(input) : input;
  return async function* () {
    let offset = 0;
    for (let i = 0; offset < bytes.length; i++) {
      const size = Math.max(1, chunkSizes[i % chunkSizes.length] ?? 1);
      yield bytes.slice(offset, offset + size);
      offset += size;
    }
  };
}

export type ParseResult = { format: TranscriptFormat; segments: ParsedSegment[]; meta: TranscriptMeta };

export async function parseAll(
  input: string | Uint8Array,
  chunkSizes?: readonly number[],
): Promise<ParseResult> {
  const parsed = parseTranscript(sourceOf(input, chunkSizes));
  const segments: ParsedSegment[] = [];
  for await (const segment of parsed.segments) segments.push(segment);
  return { format: await parsed.format, segments, meta: parsed.meta() };
}

export async function parseFailure(
  input: string | Uint8Array,
  chunkSizes?: readonly number[],
): Promise<TranscriptParseError> {
  const error = await parseAll(input, chunkSizes).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TranscriptParseError)) {
    throw new Error(`expected a TranscriptParseError, got ${error === null ? "segments" : String(error)}`);
  }
  return error;
}

export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
