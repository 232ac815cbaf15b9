import { describe, expect, it } from "vitest";
import { SentenceSplitter } from "@/lib/chat/sentence-splitter";

function pieces(deltas: string[]) {
  const splitter = new SentenceSplitter();
  return [...deltas.flatMap((delta) => splitter.push(delta)), ...splitter.flush()];
}

describe("cutting streamed text into sentences", () => {
  it("keeps each sentence with the space before it, so joining them gives the text back", () => {
    const text = "Budget approved [m1:2]. Launch moved? Yes!  Done [m1:3].";
    expect(pieces([text])).toEqual(["Budget approved [m1:2].", " Launch moved?", " Yes!", "  Done [m1:3]."]);
    expect(pieces(text.split("")).join("")).toBe(text);
  });

  it("keeps labels written after the full stop with their sentence", () => {
    expect(pieces(["Approved. [m1:2] [m1:3] Next one."])).toEqual(["Approved. [m1:2] [m1:3]", " Next one."]);
  });

  it("cuts at line breaks", () => {
    expect(pieces(["- one [m1:1]\n- two\n\nThree."])).toEqual(["- one [m1:1]", "\n- two", "\n\nThree."]);
  });

  it("does not cut inside numbers, or before a word has followed the stop", () => {
    const splitter = new SentenceSplitter();
    expect(splitter.push("It costs 3.5 million. ")).toEqual([]);
    expect(splitter.push("[m1")).toEqual([]);
    expect(splitter.push(":4] Then")).toEqual(["It costs 3.5 million. [m1:4]"]);
    expect(splitter.flush()).toEqual([" Then"]);
  });
});
