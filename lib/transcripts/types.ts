/** A stored transcript segment (DESIGN §5), as ./schemas.ts declares it. */
export type { Segment } from "./schemas";

/** A segment read from an uploaded file; `seq` only when the file carries it (Minuta's JSON export). */
export type ParsedSegment = { seq?: number; speaker: string; text: string; startMs: number; endMs: number };

export type TranscriptFormat = "txt" | "vtt" | "srt" | "json";

export type TranscriptMeta = {
  title?: string;
  language?: "auto" | "es" | "en";
  participants?: { name: string; email?: string }[];
  startedAt?: string;
};

export type ParseErrorCode =
  | "empty"
  | "not_text"
  | "document"
  | "bad_timestamp"
  | "invalid_json"
  | "invalid_structure"
  | "no_segments"
  | "segment_too_long";

/**
 * Why an uploaded transcript was refused; the UI translates by `code` (naming the `line` of a text
 * file or the `item`, counted from 1, of a JSON segment list), `message` is plain English.
 */
export class TranscriptParseError extends Error {
  constructor(
    readonly code: ParseErrorCode,
    message: string,
    readonly line?: number,
    readonly item?: number,
  ) {
    super(message);
    this.name = "TranscriptParseError";
  }
}

/** Opens the uploaded file from the start; called more than once when the encoding needs a second read. */
export type TranscriptSource = () => AsyncIterable<Uint8Array>;
