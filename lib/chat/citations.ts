import { z } from "zod";
import { SentenceSplitter } from "./sentence-splitter";

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
// A marker the stream cut off before it closed.
const OPEN_MARKER = /\s*\[[\sm\d:,;-]{0,80}$/i;

type Rewritten = { text: string; citations: NumberedCitation[] };

/** The (meeting number, seq) pairs one marker's body names. */
function labelsIn(body: string): { meeting: number; seq: number }[] {
  const labels: { meeting: number; seq: number }[] = [];
  let meeting = 0;
  for (const item of body.split(/[,;]/).map((part) => part.trim())) {
    const full = FULL_LABEL.exec(item);
    const bare = full ? null : SEQ_ONLY.exec(item);
    if (full) meeting = Number(full[1]);
    const seq = full ? Number(full[2]) : bare ? Number(bare[1]) : null;
    if (seq !== null && meeting !== 0) labels.push({ meeting, seq });
  }
  return labels;
}

/**
 * Rewrites the model's segment labels into numbered citations as text streams in, a sentence at a
 * time: labels of segments it was shown become `[n]` (and a new citation the first time); a
 * sentence whose every label was invented is dropped whole, since nothing backs it; invented labels
 * beside real ones are dropped alone; sentences with no label (such as "the meetings don't say")
 * stay. A bare `[3]` the model wrote itself becomes `(3)` so it can't pose as a citation.
 */
export class CitationRewriter {
  private readonly sentences = new SentenceSplitter();
  private readonly numbers = new Map<string, number>();
  private started = false;
  readonly cited: NumberedCitation[] = [];
  /** Labels the model used that match no segment it was shown. */
  readonly invented: string[] = [];

  constructor(private readonly lookup: (meetingNumber: number, seq: number) => Citation | undefined) {}

  /** Text to send now, and the citations it introduces (send those first). */
  push(delta: string): Rewritten {
    return this.rewrite(this.sentences.push(delta));
  }

  /** The rest, once the model has stopped (or failed part-way). */
  flush(): Rewritten {
    return this.rewrite(this.sentences.flush().map((piece) => piece.replace(OPEN_MARKER, "")));
  }

  private rewrite(pieces: string[]): Rewritten {
    const introduced: NumberedCitation[] = [];
    let text = "";
    for (const piece of pieces) {
      const sentence = this.rewriteSentence(this.started ? piece : piece.trimStart(), introduced);
      if (sentence.trim()) this.started = true;
      text += sentence;
    }
    return { text, citations: introduced };
  }

  private rewriteSentence(sentence: string, introduced: NumberedCitation[]): string {
    const labels = [...sentence.matchAll(MARKER)].flatMap((marker) => labelsIn(marker[2] ?? ""));
    const backed = labels.some(({ meeting, seq }) => this.known(meeting, seq));
    if (labels.length > 0 && !backed) {
      for (const { meeting, seq } of labels) this.invented.push(`m${meeting}:${seq}`);
      return "";
    }
    return sentence
      .replace(/\[(\d{1,4})\]/g, "($1)")
      .replace(MARKER, (_whole, space: string, body: string) => {
        const numbers: number[] = [];
        for (const { meeting, seq } of labelsIn(body)) {
          const n = this.numberFor(meeting, seq, introduced);
          if (n !== null && !numbers.includes(n)) numbers.push(n);
        }
        // A dropped label takes the space before it along: "claim [m1:2][m9:99]." → "claim [1]."
        return numbers.length ? `${space}${numbers.map((n) => `[${n}]`).join("")}` : "";
      });
  }

  private known(meetingNumber: number, seq: number): boolean {
    return this.numbers.has(`${meetingNumber}:${seq}`) || this.lookup(meetingNumber, seq) !== undefined;
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
