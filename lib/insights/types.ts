import type { TemplateId } from "@/lib/meetings/meeting-options";
import type { Segment } from "@/lib/transcripts/types";

export type { Segment, TemplateId };

/** A key point, decision or open question, citing the segments it came from. */
export type InsightItem = { text: string; seqs: number[] };

export type ExtractedActionItem = {
  text: string;
  owner: string | null;
  /** YYYY-MM-DD, in the meeting's timezone. */
  dueDate: string | null;
  seq: number | null;
};

/** DESIGN §5 "insights". */
export type Insights = {
  summary: string;
  keyPoints: InsightItem[];
  decisions: InsightItem[];
  questions: InsightItem[];
  actionItems: ExtractedActionItem[];
  keywords: { term: string; count: number; seqs: number[] }[];
  watchlistHits: { term: string; seq: number; context: string }[];
  talkTime: { speaker: string; ms: number }[];
  engine: "local" | "llm";
  model?: string;
  template: TemplateId;
};

export type AnalysisInput = {
  segments: Segment[];
  language: "auto" | "es" | "en";
  meetingDate: Date;
  /** IANA name, e.g. "Europe/Madrid"; relative dates ("tomorrow") resolve in it. */
  timezone: string;
  participants: string[];
  watchlist: string[];
  template: TemplateId;
};
