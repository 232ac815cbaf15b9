import type { TranscriptSource } from "@/lib/transcripts/types";
import type { TextEncoding } from "./detect-encoding";

// Windows-1252 in 0x80–0x9F (smart quotes, €, …). Some Node versions decode "windows-1252" as
// Latin-1 and leave these as C1 controls, which normalisation would then delete.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const C1 = /[\u0080-\u009f]/g;
const fromC1 = (char: string) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char;

/** The file as text chunks; a byte-order mark is dropped and characters split across chunks are joined. */
export async function* decodeText(source: TranscriptSource, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  const finish =
    encoding === "windows-1252" ? (text: string) => text.replace(C1, fromC1) : (text: string) => text;
  for await (const chunk of source()) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield finish(text);
  }
  const rest = decoder.decode();
  if (rest) yield finish(rest);
}
