import type { LanguageModel } from "ai";
import { type CircuitBreaker, circuitBreakerFor } from "@/lib/ai/circuit-breaker";
import { analyzeLocally } from "@/lib/insights/analyze-locally";
import { generateNotes, isProviderFailure } from "@/lib/insights/llm/generate-notes";
import { mergeNotes } from "@/lib/insights/llm/merge-notes";
import {
  type PromptContext,
  partInstructions,
  transcriptPrompt,
  wholeMeetingInstructions,
} from "@/lib/insights/llm/prompts";
import { CHUNK_TOKENS, chunkTranscript } from "@/lib/insights/llm/transcript-chunks";
import { restrictNotes, validateNotes } from "@/lib/insights/llm/validate-notes";
import { calendarDateIn, formatDate, weekday } from "@/lib/insights/local/calendar";
import { buildNameIndex } from "@/lib/insights/local/names";
import type { AnalysisInput, Insights } from "@/lib/insights/types";
import { detectLanguage } from "@/lib/kernel/text/detect-language";

export type LlmAnalysisOptions = {
  /** Transcript tokens per request (estimated at 4 characters a token). */
  chunkTokens?: number;
  /** The AI SDK's retries of 429/5xx/network errors per request. */
  maxRetries?: number;
  timeoutMs?: number;
  /** Parts of a long meeting summarised at the same time. */
  concurrency?: number;
  breaker?: CircuitBreaker;
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/**
 * Notes, decisions, questions and action items written by a language model, each citing the
 * segments it comes from. Long meetings are summarised part by part, then merged. Keywords,
 * watchlist hits and talk time come from the local engine, so they read the same whichever engine
 * wrote the notes. Throws LlmAnalysisError; callers fall back to `analyzeLocally`.
 */
export async function analyzeWithLlm(
  input: AnalysisInput,
  model: { model: LanguageModel; modelId: string },
  options: LlmAnalysisOptions = {},
): Promise<Insights> {
  const local = analyzeLocally(input);
  if (input.segments.length === 0) return local;
  const context = promptContext(input);
  const call = {
    model: model.model,
    breaker: options.breaker ?? circuitBreakerFor(`llm:${model.modelId}`, { isFailure: isProviderFailure }),
    maxRetries: options.maxRetries ?? 2,
    timeoutMs: options.timeoutMs ?? 180_000,
  };
  const chunkTokens = options.chunkTokens ?? CHUNK_TOKENS;
  const chunks = chunkTranscript(input.segments, chunkTokens);
  const notes =
    chunks.length === 1
      ? await generateNotes({
          ...call,
          instructions: wholeMeetingInstructions(context),
          prompt: transcriptPrompt(chunks[0]?.text ?? ""),
        })
      : await mergeNotes(
          await mapInOrder(chunks, options.concurrency ?? 3, async (chunk, index) =>
            restrictNotes(
              await generateNotes({
                ...call,
                instructions: partInstructions(context, index + 1, chunks.length),
                prompt: transcriptPrompt(chunk.text),
              }),
              chunk.seqs,
            ),
          ),
          { ...call, context, maxTokens: chunkTokens },
        );
  const existing = new Set(input.segments.map((segment) => segment.seq));
  const names = buildNameIndex(input.participants, [
    ...new Set(input.segments.map((segment) => segment.speaker)),
  ]);
  return {
    ...validateNotes(notes, existing, names),
    keywords: local.keywords,
    watchlistHits: local.watchlistHits,
    talkTime: local.talkTime,
    engine: "llm",
    model: model.modelId,
    template: input.template,
  };
}

function promptContext(input: AnalysisInput): PromptContext {
  const today = calendarDateIn(input.meetingDate, input.timezone) ?? calendarDateIn(new Date(), "UTC");
  const speakers = new Set(input.segments.map((segment) => segment.speaker));
  return {
    language:
      input.language === "auto"
        ? detectLanguage(input.segments.map((segment) => segment.text))
        : input.language,
    meetingDate: today ? formatDate(today) : "unknown",
    weekday: today ? (WEEKDAYS[weekday(today)] ?? "") : "",
    timezone: input.timezone,
    people: [...new Set([...input.participants, ...speakers])],
    template: input.template,
  };
}

/** `work` on every item, at most `limit` at a time, results in input order; stops starting new work after a failure. */
async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
