import { TranscriptParseError } from "@/lib/transcripts/types";

// Files people upload by mistake instead of a transcript, told by their first bytes. Some are text
// (PDF and RTF syntax is mostly ASCII) and would otherwise be stored as a transcript of markup;
// the others would be refused as binary data, without saying what to send instead. (Images and
// other binary files stay "not_text".)

const ASK = "Save or export its text as a .txt file (or subtitles as .vtt or .srt) and upload that.";

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((byte, index) => head[at + index] === byte);
const latin1 = (head: Uint8Array) =>
  Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1");

const ZIP = [0x50, 0x4b] as const; // "PK", then 03 04, 05 06 (empty) or 07 08 (spanned)
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** What kind of ZIP it is, by the names of its first entries (their names are stored uncompressed). */
function zipKind(text: string): string {
  if (text.includes("word/")) return "a Word document (.docx)";
  if (text.includes("xl/")) return "an Excel workbook (.xlsx)";
  if (text.includes("ppt/")) return "a PowerPoint presentation (.pptx)";
  if (text.includes("application/vnd.oasis.opendocument")) return "an OpenDocument file (.odt, .ods, .odp)";
  if (text.includes("[Content_Types].xml")) return "an Office document";
  if (text.includes("application/epub+zip")) return "an EPUB book";
  return "a ZIP archive";
}

/** The kind of document the file is, or null when it may be a transcript. */
export function documentKind(head: Uint8Array): string | null {
  const text = latin1(head.subarray(0, 1024));
  // A PDF may have up to 1 KB of anything before its header line.
  if (/(?:^|[\r\n])%PDF-\d\.\d/.test(text)) return "a PDF document";
  if (text.startsWith("%!PS")) return "a PostScript document";
  if (text.startsWith("{\\rtf")) return "an RTF document";
  if (startsWith(head, ZIP) && [3, 5, 7].includes(head[2] ?? 0)) return zipKind(latin1(head));
  if (startsWith(head, OLE2)) return "a legacy Office file (.doc, .xls or .ppt)";
  if (
    startsWith(head, [0x1f, 0x8b]) ||
    /^BZh[1-9]1AY&SY/.test(text) ||
    startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a])
  )
    return "a compressed file (gzip, bzip2 or xz)";
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || text.startsWith("Rar!"))
    return "a compressed archive (7z or RAR)";
  return null;
}

/** Refuses a document (PDF, Word, RTF, an archive…) with a message saying what to send instead. */
export function assertNotDocument(head: Uint8Array): void {
  const kind = documentKind(head);
  if (kind) {
    throw new TranscriptParseError("document", `The file is ${kind}, not a transcript. ${ASK}`);
  }
}
