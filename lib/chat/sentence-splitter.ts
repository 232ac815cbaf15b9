// A sentence ends at . ! ? or … (closing quotes allowed), keeps any labels written after the
// stop ("Done. [m1:2]"), and is only settled once a space and a word that is no label follow.
const SENTENCE_END = /[.!?…]+["'”’»)]*(?:[ \t]*\[[^\]\n]{0,80}\])*(?=[ \t]+[^\s[])/;

/** Where the first complete piece of `text` ends (its own leading whitespace aside), or null while it may go on. */
function pieceEnd(text: string): number | null {
  const start = text.search(/\S/);
  if (start === -1) return null;
  const rest = text.slice(start);
  const line = rest.indexOf("\n");
  const sentence = SENTENCE_END.exec(rest);
  const sentenceEnd = sentence ? sentence.index + sentence[0].length : -1;
  const ends = [line, sentenceEnd].filter((end) => end > 0);
  return ends.length ? start + Math.min(...ends) : null;
}

/**
 * Cuts streamed text into sentences (and lines), each with the whitespace before it, so a whole
 * sentence can be judged by its citations before any of it is sent.
 */
export class SentenceSplitter {
  private buffer = "";

  /** The pieces completed by this delta. */
  push(delta: string): string[] {
    this.buffer += delta;
    const pieces: string[] = [];
    for (let end = pieceEnd(this.buffer); end !== null; end = pieceEnd(this.buffer)) {
      pieces.push(this.buffer.slice(0, end));
      this.buffer = this.buffer.slice(end);
    }
    return pieces;
  }

  /** Whatever is left once the text ends. */
  flush(): string[] {
    const rest = this.buffer;
    this.buffer = "";
    return rest ? [rest] : [];
  }
}
