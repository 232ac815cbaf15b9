import { describe, expect, test } from "vitest";
import { groupByBudget } from "@/lib/insights/llm/merge-notes";
import type { ModelNotes } from "@/lib/insights/llm/notes-schema";

const notes = (chars: number): ModelNotes => ({
  summary: "x".repeat(chars),
  keyPoints: [],
  decisions: [],
  questions: [],
  actionItems: [],
});

describe("grouping parts' notes for the merge step", () => {
  test("notes that fit the budget are merged in one request", () => {
    expect(groupByBudget([notes(100), notes(100), notes(100)], 1000)).toHaveLength(1);
  });

  test("notes over the budget are merged in consecutive groups of at least two, so each round shrinks", () => {
    const parts = Array.from({ length: 7 }, () => notes(2000));
    const groups = groupByBudget(parts, 1000);
    expect(groups.flat()).toEqual(parts);
    expect(groups.length).toBeLessThan(parts.length);
    for (const group of groups.slice(0, -1)) expect(group.length).toBeGreaterThanOrEqual(2);
  });
});
