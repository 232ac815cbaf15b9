import type { RawSegment } from "@/lib/transcripts/normalize-segment";
import { type TranscriptMeta, TranscriptParseError } from "@/lib/transcripts/types";
import { toMeta, toRawSegment } from "./json-items";
import { jsonTokens, type Token } from "./json-tokens";
import { type JsonValue, ValueAssembler } from "./json-value-assembler";

// A segment's JSON beyond this cannot fit the 20,000-character text limit; it is refused before
// it is held whole.
const MAX_SEGMENT_CHARS = 200_000;
const MAX_MEETING_CHARS = 1_000_000;
const MAX_KEY_CHARS = 64;

const EXPECTED_SHAPE =
  'Expected Minuta\'s export ({"version": 1, "meeting": {…}, "segments": […]}), a list of segments ' +
  '([{"speaker": "Ana", "text": "Hola", "start": 0, "end": 2.5}]) or {"segments": […]}.';

function badStructure(message: string, item?: number): TranscriptParseError {
  return new TranscriptParseError("invalid_structure", message, undefined, item);
}

/**
 * Follows the top of the document — a segment list, or an object with "segments", "meeting" and
 * "version" — and assembles one segment (or the meeting) at a time; other members are skipped.
 */
class JsonTranscriptReader {
  meta: TranscriptMeta = {};
  private state: "root" | "members" | "key" | "value" | "segments" | "done" = "root";
  private segmentsInObject = false;
  private sawSegments = false;
  private key = "";
  private item = 0;
  private seqs: "unknown" | "present" | "absent" = "unknown";
  private lastSeq = -1;
  private pending: { assembler: ValueAssembler; use: (value: JsonValue) => RawSegment | null } | null = null;

  constructor(private readonly onMeta?: (meta: TranscriptMeta) => void) {}

  push(token: Token): RawSegment | null {
    if (this.pending) {
      const { assembler, use } = this.pending;
      if (!assembler.push(token)) return null;
      this.pending = null;
      return use(assembler.value);
    }
    switch (this.state) {
      case "root":
        if (token.name === "startArray") this.enterSegments(false);
        else if (token.name === "startObject") this.state = "members";
        else throw badStructure(EXPECTED_SHAPE);
        return null;
      case "members":
        if (token.name === "startKey") {
          this.key = "";
          this.state = "key";
        } else if (token.name === "endObject") this.state = "done";
        return null;
      case "key":
        if (token.name === "stringChunk" && this.key.length < MAX_KEY_CHARS) this.key += token.value;
        else if (token.name === "endKey") this.state = "value";
        return null;
      case "value":
        return this.readMember(token);
      case "segments":
        if (token.name === "endArray") {
          this.state = this.segmentsInObject ? "members" : "done";
          return null;
        }
        return this.readSegment(token);
      case "done":
        return null;
    }
  }

  finish(): void {
    if (!this.sawSegments) throw badStructure(`The JSON has no "segments" list. ${EXPECTED_SHAPE}`);
  }

  private enterSegments(inObject: boolean): void {
    this.state = "segments";
    this.segmentsInObject = inObject;
    this.sawSegments = true;
  }

  private readMember(token: Token): RawSegment | null {
    this.state = "members";
    if (this.key === "segments") {
      if (token.name !== "startArray") throw badStructure(`"segments" must be a list. ${EXPECTED_SHAPE}`);
      this.enterSegments(true);
      return null;
    }
    if (this.key === "meeting") {
      const tooLarge = () => badStructure('The "meeting" object is too large.');
      return this.assemble(token, new ValueAssembler({ maxChars: MAX_MEETING_CHARS, tooLarge }), (value) => {
        this.meta = toMeta(value);
        this.onMeta?.(this.meta);
        return null;
      });
    }
    if (this.key === "version") {
      return this.assemble(
        token,
        new ValueAssembler({ maxChars: 100, tooLarge: () => badStructure(EXPECTED_SHAPE) }),
        (value) => {
          if (typeof value === "number" && value !== 1) {
            throw badStructure(`This is a version ${value} Minuta export; only version 1 can be imported.`);
          }
          return null;
        },
      );
    }
    return this.assemble(token, new ValueAssembler(), () => null);
  }

  private readSegment(token: Token): RawSegment | null {
    const item = ++this.item;
    const tooLarge = () =>
      new TranscriptParseError(
        "segment_too_long",
        `Segment ${item} is too long; a segment's text is limited to 20,000 characters.`,
        undefined,
        item,
      );
    return this.assemble(token, new ValueAssembler({ maxChars: MAX_SEGMENT_CHARS, tooLarge }), (value) =>
      this.checkSeq(toRawSegment(value, item)),
    );
  }

  // Kept seqs must stay usable as ids: on every segment or none, strictly increasing.
  private checkSeq(segment: RawSegment): RawSegment {
    const seqs = segment.seq === undefined ? "absent" : "present";
    if (this.seqs !== "unknown" && this.seqs !== seqs) {
      throw badStructure(
        `Segment ${segment.item}: either every segment has a "seq" or none does.`,
        segment.item,
      );
    }
    this.seqs = seqs;
    if (segment.seq !== undefined) {
      if (segment.seq <= this.lastSeq) {
        throw badStructure(
          `Segment ${segment.item}: "seq" ${segment.seq} does not come after ${this.lastSeq}.`,
          segment.item,
        );
      }
      this.lastSeq = segment.seq;
    }
    return segment;
  }

  private assemble(
    token: Token,
    assembler: ValueAssembler,
    use: (value: JsonValue) => RawSegment | null,
  ): RawSegment | null {
    if (assembler.push(token)) return use(assembler.value);
    this.pending = { assembler, use };
    return null;
  }
}

/**
 * JSON transcripts, streamed token by token; returns the meeting's metadata when there is one, and
 * hands it to `onMeta` as soon as it is read (Minuta's export has it before the segments).
 */
export async function* parseJson(
  text: AsyncIterable<string>,
  onMeta?: (meta: TranscriptMeta) => void,
): AsyncGenerator<RawSegment, TranscriptMeta> {
  const reader = new JsonTranscriptReader(onMeta);
  for await (const tokens of jsonTokens(text)) {
    for (const token of tokens) {
      const segment = reader.push(token);
      if (segment) yield segment;
    }
  }
  reader.finish();
  return reader.meta;
}
