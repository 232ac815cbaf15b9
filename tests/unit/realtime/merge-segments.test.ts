import { describe, expect, it } from "vitest";
import { mergeSegments } from "@/lib/realtime/merge-segments.client";

const line = (seq: number, text = `line ${seq}`) => ({
  seq,
  speaker: "Ana",
  text,
  startMs: seq * 1000,
  endMs: seq * 1000 + 500,
});

describe("merging live and caught-up segments", () => {
  it("fills the gaps a reconnect left, in seq order", () => {
    const shown = [line(0), line(1), line(4)];
    const caughtUp = [line(0), line(1), line(2), line(3), line(4), line(5)];
    expect(mergeSegments(shown, caughtUp).map((s) => s.seq)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("keeps the first version of a seq it already shows", () => {
    const merged = mergeSegments([line(2, "first")], [line(2, "second"), line(1)]);
    expect(merged).toEqual([line(1), line(2, "first")]);
  });

  it("returns the same array when nothing is new, so the view doesn't re-render", () => {
    const shown = [line(0), line(1)];
    expect(mergeSegments(shown, [line(1), line(0)])).toBe(shown);
    expect(mergeSegments(shown, [])).toBe(shown);
  });

  it("sorts out-of-order arrivals", () => {
    expect(mergeSegments([], [line(7), line(3), line(5)]).map((s) => s.seq)).toEqual([3, 5, 7]);
  });
});
