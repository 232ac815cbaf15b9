import { z } from "zod";

/** DESIGN §5 "citation": the transcript line a claim came from. */
export const citationSchema = z.object({
  meetingId: z.uuid(),
  seq: z.number().int().min(0),
  speaker: z.string(),
  startMs: z.number().int().min(0),
  text: z.string(),
});
export type Citation = z.infer<typeof citationSchema>;

const CITED_TEXT_LIMIT = 600;

export function citationOf(turn: {
  meetingId: string;
  seq: number;
  speaker: string;
  startMs: number;
  text: string;
}): Citation {
  const text =
    turn.text.length > CITED_TEXT_LIMIT ? `${turn.text.slice(0, CITED_TEXT_LIMIT - 1)}…` : turn.text;
  return { meetingId: turn.meetingId, seq: turn.seq, speaker: turn.speaker, startMs: turn.startMs, text };
}

/** How a segment is labelled for the model: `m2:14` is segment 14 of the second meeting in its context. */
export const segmentLabel = (meetingNumber: number, seq: number) => `m${meetingNumber}:${seq}`;

/** A citation numbered in the order the answer first cites it; the answer's text says `[n]`. */
export type NumberedCitation = { n: number; citation: Citation };

// `[m2:14]`, `[m2:14, m1:3]`, `[m2:14, 15]`, `[m2:14-16]` (a range cites its first segment), `[M2: 14]`.
const MARKER = /(\s*)\[\s*(m\s*\d+\s*:[^\]\n]{0,80})\]/gi;
const FULL_LABEL = /^m?\s*(\d+)\s*:\s*(\d+)/i;
const SEQ_ONLY = /^(\d+)(?:\s*-\s*\d+)?$/;
// A possible marker still arriving: held back until it closes or clearly is not one.
const OPEN_MARKER = /\s*\[[\sm\d:,;-]{0,80}$/i;
const MAX_HELD = 90;

/**
 * Rewrites the model's segment labels into numbered citations as text streams in: labels of
 * segments it was shown become `[n]` (and a new citation the first time); labels it invented are
 * dropped, text and all; a bare `[3]` the model wrote itself becomes `(3)` so it can't pose as one.
 */
export class CitationRewriter {
  private held = "";
  private readonly numbers = new Map<string, number>();
  readonly cited: NumberedCitation[] = [];
  /** Labels the model used that match no segment it was shown. */
  readonly invented: string[] = [];

  constructor(private readonly lookup: (meetingNumber: number, seq: number) => Citation | undefined) {}

  /** Text to send now, and the citations it introduces (send those first). */
  push(delta: string): { text: string; citations: NumberedCitation[] } {
    let text = this.held + delta;
    this.held = "";
    const open = OPEN_MARKER.exec(text);
    // Trailing spaces wait too: if a dropped label follows, they go with it.
    const hold =
      open && text.length - open.index <= MAX_HELD ? open.index : (/\s*$/.exec(text)?.index ?? text.length);
    this.held = text.slice(hold);
    text = text.slice(0, hold);
    return this.rewrite(text);
  }

  flush(): { text: string; citations: NumberedCitation[] } {
    const text = this.held;
    this.held = "";
    return this.rewrite(text);
  }

  private rewrite(text: string): { text: string; citations: NumberedCitation[] } {
    const introduced: NumberedCitation[] = [];
    const out = text
      .replace(/\[(\d{1,4})\]/g, "($1)")
      .replace(MARKER, (_whole, space: string, body: string) => {
        const numbers: number[] = [];
        let meeting = 0;
        for (const item of body.split(/[,;]/).map((part) => part.trim())) {
          const full = FULL_LABEL.exec(item);
          const bare = full ? null : SEQ_ONLY.exec(item);
          if (full) meeting = Number(full[1]);
          const seq = full ? Number(full[2]) : bare ? Number(bare[1]) : null;
          if (seq === null || meeting === 0) continue;
          const n = this.numberFor(meeting, seq, introduced);
          if (n !== null && !numbers.includes(n)) numbers.push(n);
        }
        // A dropped label takes the space before it along: "claim [m9:99]." → "claim."
        return numbers.length ? `${space}${numbers.map((n) => `[${n}]`).join("")}` : "";
      });
    return { text: out, citations: introduced };
  }

  private numberFor(meetingNumber: number, seq: number, introduced: NumberedCitation[]): number | null {
    const key = `${meetingNumber}:${seq}`;
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    const citation = this.lookup(meetingNumber, seq);
    if (!citation) {
      this.invented.push(`m${key}`);
      return null;
    }
    const n = this.cited.length + 1;
    this.numbers.set(key, n);
    const numbered = { n, citation };
    this.cited.push(numbered);
    introduced.push(numbered);
    return n;
  }
}

/** `[n]` markers out, for text a person or a score reads without the chips. */
export function stripMarkers(text: string): string {
  return text
    .replace(/\s*\[\d+\]/g, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}
