import { TranscriptParseError, type TranscriptSource } from "@/lib/transcripts/types";
import { assertNotDocument } from "./detect-document";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const HEAD_BYTES = 8192;
const PATTERN_BYTES = 512;
// Real text has next to no control characters besides tab, line breaks and form feed.
const MAX_CONTROL_RATIO = 0.02;

const isStrayControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;

function notText(): TranscriptParseError {
  return new TranscriptParseError(
    "not_text",
    "The file is not a text transcript (it looks like binary data).",
  );
}

// UTF-16 without a byte-order mark shows as a NUL in every other byte while the text is mostly Latin.
function utf16Pattern(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(Math.min(head.length, PATTERN_BYTES) / 2);
  if (pairs === 0) return null;
  let little = 0;
  let big = 0;
  for (let i = 0; i < pairs; i++) {
    const first = head[2 * i]!;
    const second = head[2 * i + 1]!;
    if (first !== 0 && second === 0) little++;
    else if (first === 0 && second !== 0) big++;
  }
  if (little / pairs >= 0.6 && big === 0) return "utf-16le";
  if (big / pairs >= 0.6 && little === 0) return "utf-16be";
  return null;
}

function assertTextLike(codes: ArrayLike<number>): void {
  let controls = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) throw notText();
    if (isStrayControl(code)) controls++;
  }
  if (controls > codes.length * MAX_CONTROL_RATIO) throw notText();
}

function assertUtf16TextLike(head: Uint8Array, encoding: "utf-16le" | "utf-16be"): void {
  const text = new TextDecoder(encoding).decode(head.subarray(0, head.length - (head.length % 2)));
  const codes = Array.from(text, (char) => char.charCodeAt(0));
  // A head cut inside a surrogate pair decodes its last unit as U+FFFD, which is not a control.
  assertTextLike(codes);
}

/** Decides by the byte-order mark or a UTF-16 NUL pattern, or null when only a UTF-8 check can tell. */
function classifyHead(head: Uint8Array): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    assertTextLike(head);
    return "utf-8";
  }
  if (head[0] === 0xff && head[1] === 0xfe) {
    assertUtf16TextLike(head.subarray(2), "utf-16le");
    return "utf-16le";
  }
  if (head[0] === 0xfe && head[1] === 0xff) {
    assertUtf16TextLike(head.subarray(2), "utf-16be");
    return "utf-16be";
  }
  const pattern = utf16Pattern(head);
  if (pattern) {
    assertUtf16TextLike(head, pattern);
    return pattern;
  }
  assertTextLike(head);
  return null;
}

/**
 * Reads the file once: its first bytes decide BOMs, UTF-16 and binary data; otherwise the whole file
 * is checked as UTF-8, and a file that is not valid UTF-8 is read as Windows-1252 (what WHATWG
 * decoders use for "latin1", and the same as Latin-1 for every printable character).
 */
export async function detectEncoding(source: TranscriptSource): Promise<TextEncoding> {
  const chunks = source()[Symbol.asyncIterator]();
  try {
    const head = await readHead(chunks);
    if (head.length === 0) throw new TranscriptParseError("empty", "The file is empty.");
    assertNotDocument(head);
    const decided = classifyHead(head);
    if (decided) return decided;
    const utf8 = new TextDecoder("utf-8", { fatal: true });
    if (!isValidUtf8(utf8, head)) return "windows-1252";
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      if (!isValidUtf8(utf8, next.value)) return "windows-1252";
    }
    return isValidUtf8(utf8) ? "utf-8" : "windows-1252";
  } finally {
    await chunks.return?.();
  }
}

async function readHead(chunks: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** Feeds the streaming decoder; no bytes means end of file, where a cut-off sequence is invalid. */
function isValidUtf8(decoder: TextDecoder, bytes?: Uint8Array): boolean {
  try {
    if (bytes) decoder.decode(bytes, { stream: true });
    else decoder.decode();
    return true;
  } catch {
    return false;
  }
}
