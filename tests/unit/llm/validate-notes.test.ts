import { describe, expect, test } from "vitest";
import { restrictNotes, validateNotes, validDueDate, validOwner } from "@/lib/insights/llm/validate-notes";
import { buildNameIndex } from "@/lib/insights/local/names";

const names = buildNameIndex(
  ["Ana García", "Ben Stone", "Bea Ruiz"],
  ["Ana García", "Ben Stone", "Speaker 3"],
);
const existing = new Set([0, 1, 2, 5]);
const empty = { summary: "", keyPoints: [], decisions: [], questions: [], actionItems: [] };

describe("citations", () => {
  test("citations to segments that don't exist are dropped, the rest kept in order", () => {
    const notes = validateNotes(
      { ...empty, keyPoints: [{ text: "Budget approved", seqs: [5, 42, 1, 1] }] },
      existing,
      names,
    );
    expect(notes.keyPoints).toEqual([{ text: "Budget approved", seqs: [1, 5] }]);
  });

  test("an item left with no valid citation is dropped, action items included", () => {
    const notes = validateNotes(
      {
        ...empty,
        decisions: [
          { text: "Invented decision", seqs: [77] },
          { text: "Real decision", seqs: [2] },
        ],
        questions: [{ text: "Uncited question?", seqs: [] }],
        actionItems: [
          { text: "Invented task", owner: "Ana", dueDate: null, seqs: [99] },
          { text: "Send the deck", owner: "Ana", dueDate: null, seqs: [99, 2, 0] },
        ],
      },
      existing,
      names,
    );
    expect(notes.decisions.map((item) => item.text)).toEqual(["Real decision"]);
    expect(notes.questions).toEqual([]);
    expect(notes.actionItems).toEqual([
      { text: "Send the deck", owner: "Ana García", dueDate: null, seq: 0 },
    ]);
  });

  test("inline [n] markers leave the text, duplicates collapse", () => {
    const notes = validateNotes(
      {
        ...empty,
        summary: "We met [1]. We agreed [2, 5].",
        keyPoints: [
          { text: "Hiring freeze [1]", seqs: [1] },
          { text: "hiring freeze", seqs: [2] },
        ],
      },
      existing,
      names,
    );
    expect(notes.summary).toBe("We met. We agreed.");
    expect(notes.keyPoints).toEqual([{ text: "Hiring freeze", seqs: [1] }]);
  });

  test("a part's notes keep only citations inside that part", () => {
    const part = restrictNotes(
      {
        ...empty,
        keyPoints: [
          { text: "a", seqs: [1, 9] },
          { text: "b", seqs: [9] },
        ],
      },
      new Set([0, 1]),
    );
    expect(part.keyPoints).toEqual([{ text: "a", seqs: [1] }]);
  });
});

describe("owners", () => {
  test.each([
    ["Ana García", "Ana García"],
    ["ana garcia", "Ana García"],
    ["Ana", "Ana García"],
    ["Bea", "Bea Ruiz"],
    ["Carlos", null],
    ["the team", null],
    ["Speaker 3", null],
    [null, null],
  ])("%s → %s", (owner, expected) => {
    expect(validOwner(owner, names)).toBe(expected);
  });

  test("a first name two people share is nobody", () => {
    const twins = buildNameIndex(["Ana García", "Ana López"], []);
    expect(validOwner("Ana", twins)).toBeNull();
    expect(validOwner("Ana López", twins)).toBe("Ana López");
  });
});

describe("due dates", () => {
  test.each([
    ["2026-11-27", "2026-11-27"],
    [" 2026-11-27 ", "2026-11-27"],
    ["2024-02-29", "2024-02-29"],
    ["2025-02-29", null],
    ["2026-13-01", null],
    ["27/11/2026", null],
    ["2026-11-27T10:00:00Z", null],
    ["next Friday", null],
    ["", null],
    [null, null],
  ])("%s → %s", (value, expected) => {
    expect(validDueDate(value)).toBe(expected);
  });
});
