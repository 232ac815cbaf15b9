import type { LanguageModel } from "ai";
import type { CircuitBreaker } from "@/lib/ai/circuit-breaker";
import { generateNotes } from "./generate-notes";
import type { ModelNotes } from "./notes-schema";
import { mergeInstructions, notesPrompt, type PromptContext } from "./prompts";
import { estimateTokens } from "./transcript-chunks";

type MergeCall = {
  model: LanguageModel;
  breaker: CircuitBreaker;
  maxRetries: number;
  timeoutMs: number;
  context: PromptContext;
  maxTokens: number;
};

/** Reduce step: the parts' notes merged into one; in rounds when they don't fit one request. */
export async function mergeNotes(parts: readonly ModelNotes[], call: MergeCall): Promise<ModelNotes> {
  let round: ModelNotes[] = [...parts];
  for (;;) {
    const groups = groupByBudget(round, call.maxTokens);
    const merged: ModelNotes[] = [];
    for (const group of groups) {
      merged.push(
        await generateNotes({
          ...call,
          instructions: mergeInstructions(call.context),
          prompt: notesPrompt(group),
        }),
      );
    }
    if (merged.length === 1) return merged[0] as ModelNotes;
    round = merged;
  }
}

/** Consecutive groups of notes under the token budget, at least two notes a group so rounds always shrink. */
export function groupByBudget(notes: readonly ModelNotes[], maxTokens: number): ModelNotes[][] {
  const groups: ModelNotes[][] = [];
  let current: ModelNotes[] = [];
  let size = 0;
  for (const part of notes) {
    const tokens = estimateTokens(JSON.stringify(part));
    if (current.length >= 2 && size + tokens > maxTokens) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += tokens;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
