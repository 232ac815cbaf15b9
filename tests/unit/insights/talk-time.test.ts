import { describe, expect, it } from "vitest";
import { talkTime } from "@/lib/insights/local/talk-time";

describe("talk time", () => {
  it("sums each speaker's segment durations, most talkative first", () => {
    expect(
      talkTime([
        { seq: 0, speaker: "Ana", text: "Hola.", startMs: 0, endMs: 4000 },
        { seq: 1, speaker: "Luis", text: "Hola, Ana.", startMs: 4000, endMs: 13_000 },
        { seq: 2, speaker: "Ana", text: "¿Empezamos?", startMs: 13_000, endMs: 16_500 },
        { seq: 3, speaker: "Marta", text: "Sí.", startMs: 16_500, endMs: 17_000 },
      ]),
    ).toEqual([
      { speaker: "Luis", ms: 9000 },
      { speaker: "Ana", ms: 7500 },
      { speaker: "Marta", ms: 500 },
    ]);
  });

  it("counts reversed or broken timings as zero and breaks ties by name", () => {
    expect(
      talkTime([
        { seq: 0, speaker: "Bob", text: "a", startMs: 5000, endMs: 1000 },
        { seq: 1, speaker: "Alice", text: "b", startMs: Number.NaN, endMs: 10 },
      ]),
    ).toEqual([
      { speaker: "Alice", ms: 0 },
      { speaker: "Bob", ms: 0 },
    ]);
  });
});
