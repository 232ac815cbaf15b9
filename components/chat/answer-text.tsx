"use client";

import type { Citation } from "@/lib/chat/citations";
import { CitationChip } from "./citation-chip";

type Props = { text: string; citations: Map<number, Citation>; titles: Record<string, string> };

/** An answer's text with each `[n]` shown as its citation chip; everything else stays plain text. */
export function AnswerText({ text, citations, titles }: Props) {
  const pieces = text.split(/(\[\d+\])/);
  return (
    <p className="whitespace-pre-wrap leading-relaxed" data-testid="answer-text">
      {pieces.map((piece, index) => {
        const marker = /^\[(\d+)\]$/.exec(piece);
        const citation = marker ? citations.get(Number(marker[1])) : undefined;
        if (!marker || !citation) return <span key={index}>{piece}</span>;
        return (
          <CitationChip
            key={index}
            n={Number(marker[1])}
            citation={citation}
            title={titles[citation.meetingId]}
          />
        );
      })}
    </p>
  );
}
