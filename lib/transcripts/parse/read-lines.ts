import { TranscriptParseError } from "@/lib/transcripts/types";

export type Line = { text: string; number: number };

// Far above any real line (a segment's text is capped at 20,000 characters); keeps memory bounded
// when a large file has no line breaks.
export const MAX_LINE_CHARS = 200_000;

/**
 * Lines (numbered from 1) of streamed text, whatever mix of \n, \r\n and \r ends them; in one
 * batch per chunk, since a step of an async generator per line would cost more than the parsing.
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<Line[]> {
  const lineBreak = /\r\n|\r|\n/g;
  let carry = "";
  let number = 0;
  // A chunk that ends in \r may be half of a \r\n split across chunks.
  let afterCarriageReturn = false;
  for await (const chunk of chunks) {
    if (!chunk) continue;
    let text = carry + (afterCarriageReturn && chunk.startsWith("\n") ? chunk.slice(1) : chunk);
    afterCarriageReturn = false;
    const lines: Line[] = [];
    let start = 0;
    // The carried-over text holds no line break; rescanning it would make long lines quadratic.
    lineBreak.lastIndex = carry.length;
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
      lines.push({ text: text.slice(start, match.index), number: ++number });
      start = match.index + match[0].length;
      if (match[0] === "\r" && start === text.length) afterCarriageReturn = true;
    }
    if (lines.length > 0) yield lines;
    text = text.slice(start);
    if (text.length > MAX_LINE_CHARS) {
      throw new TranscriptParseError(
        "segment_too_long",
        `Line ${number + 1} is longer than ${MAX_LINE_CHARS.toLocaleString("en")} characters.`,
        number + 1,
      );
    }
    carry = text;
  }
  if (carry) yield [{ text: carry, number: number + 1 }];
}
