import { z } from "zod";
import { aiProvider } from "@/lib/ai/providers";
import { analyzeWithLlm } from "@/lib/insights/analyze-with-llm";
import type { GeneratedActionItems } from "@/lib/insights/schemas";
import { AppError } from "@/lib/kernel/errors";
import { parseTranscript } from "@/lib/transcripts/parse-transcript";
import { TranscriptParseError } from "@/lib/transcripts/types";
import { analyzeLocally } from "./analyze-locally";
import type { AnalysisInput, Segment } from "./types";

export const generateActionsSchema = z.object({
  transcript: z.string().min(1, { message: "must not be empty" }).max(500_000),
  language: z.enum(["auto", "es", "en"]).default("auto"),
});

async function segmentsOf(transcript: string): Promise<Segment[]> {
  const bytes = new TextEncoder().encode(transcript);
  const parsed = parseTranscript(async function* () {
    yield bytes;
  });
  const segments: Segment[] = [];
  try {
    for await (const segment of parsed.segments) segments.push({ ...segment, seq: segments.length });
  } catch (error) {
    if (error instanceof TranscriptParseError) {
      throw new AppError("validation", error.message, {
        reason: error.code,
        errors: [{ path: "transcript", message: error.message }],
      });
    }
    throw error;
  }
  return segments;
}

/** Stateless: action items from a pasted transcript ("Speaker: text" lines); nothing is stored. */
export async function generateActionItems(
  input: z.infer<typeof generateActionsSchema>,
  timezone: string,
): Promise<GeneratedActionItems> {
  const segments = await segmentsOf(input.transcript);
  const analysis: AnalysisInput = {
    segments,
    language: input.language,
    meetingDate: new Date(),
    timezone,
    participants: [...new Set(segments.map((segment) => segment.speaker))],
    watchlist: [],
    template: "default",
  };
  const provider = aiProvider();
  if (provider.kind === "llm") {
    const result = await analyzeWithLlm(analysis, provider).catch(() => analyzeLocally(analysis));
    return { actionItems: result.actionItems };
  }
  return { actionItems: analyzeLocally(analysis).actionItems };
}
