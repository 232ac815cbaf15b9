import type { Segment } from "@/lib/insights/types";
import { cleanText } from "@/lib/kernel/text/clean-text";
import { foldKeepingOffsets } from "@/lib/kernel/text/fold";
import { countWords } from "@/lib/kernel/text/tokenize";

/** A segment's text after cleaning; segments with nothing left are dropped. */
export type CleanSegment = { seq: number; speaker: string; text: string; index: number };

export type Sentence = {
  /** Position in the whole meeting, 0-based. */
  id: number;
  seq: number;
  speaker: string;
  text: string;
  /** `text` lowercased without accents, same length so offsets carry over; ’ read as '. */
  folded: string;
  wordCount: number;
  /** Index of its segment among the clean segments. */
  segmentIndex: number;
};

// Doubled letters are Spanish plural abbreviations: "RR. HH.", "EE. UU.", "CC. OO.".
const ABBREVIATION =
  /(?:^|\s)(?:mr|mrs|ms|dr|sr|sra|srta|dra|prof|vs|etc|e\.g|i\.e|approx|aprox|núm|st|p\.ej|rr|hh|ee|uu|cc|oo|ff|aa|ss|jj|pp|dd|mm)\.$/i;

/** Segments in seq order (ties keep input order), cleaned, without empty ones. */
export function cleanSegments(segments: readonly Segment[]): CleanSegment[] {
  const ordered = segments.map((segment, order) => ({ segment, order }));
  ordered.sort((a, b) => a.segment.seq - b.segment.seq || a.order - b.order);
  const clean: CleanSegment[] = [];
  for (const { segment } of ordered) {
    const text = cleanText(typeof segment.text === "string" ? segment.text : "");
    if (text) clean.push({ seq: segment.seq, speaker: segment.speaker, text, index: clean.length });
  }
  return clean;
}

/** Splits text on sentence-final punctuation, keeping abbreviations ("Dr. Ruiz") and "¿…?" whole. */
export function splitSentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.?!…]+["')\]]*\s+(?=[\p{Lu}¿¡"'(\d])/gu)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end).trim();
    if (ABBREVIATION.test(candidate.replace(/["')\]]+$/, ""))) continue;
    if (candidate) parts.push(candidate);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

export function sentencesOf(segments: readonly CleanSegment[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const segment of segments) {
    for (const text of splitSentences(segment.text)) {
      sentences.push({
        id: sentences.length,
        seq: segment.seq,
        speaker: segment.speaker,
        text,
        folded: foldKeepingOffsets(text).replace(/’/g, "'"),
        wordCount: countWords(text),
        segmentIndex: segment.index,
      });
    }
  }
  return sentences;
}
