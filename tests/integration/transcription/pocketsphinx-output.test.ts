import { describe, expect, test } from "vitest";
import { parsePocketsphinxWords } from "@/lib/transcription/pocketsphinx-words";
import { wordsToSegments } from "@/lib/transcription/words-to-segments";

// Verbatim shape of `pocketsphinx_continuous -infile x.wav -time yes` (0.8): hypothesis, then tokens.
const OUTPUT = `what will you
<s> 0.000 0.030 0.999600
what 0.040 0.240 0.060906
will(2) 0.250 0.550 0.238409
i 0.560 0.790 0.676485
</s> 0.800 1.240 1.000000
we are ready
<s> 6.070 6.180 0.999700
we 6.190 6.390 0.999700
<sil> 6.400 6.630 0.999600
[NOISE] 6.640 6.700 0.5
are(2) 6.710 6.900 0.023642
ready 6.910 7.300 0.883721
</s> 7.310 8.000 1.000000
`;

describe("reading pocketsphinx output", () => {
  test("keeps spoken words with their times, dropping silences, noise and pronunciation variants", () => {
    expect(parsePocketsphinxWords(OUTPUT)).toEqual([
      { word: "what", startMs: 40, endMs: 240 },
      { word: "will", startMs: 250, endMs: 550 },
      { word: "i", startMs: 560, endMs: 790 },
      { word: "we", startMs: 6190, endMs: 6390 },
      { word: "are", startMs: 6710, endMs: 6900 },
      { word: "ready", startMs: 6910, endMs: 7300 },
    ]);
  });

  test("groups words into utterances at long pauses, as readable sentences", () => {
    expect(wordsToSegments(parsePocketsphinxWords(OUTPUT), "Speaker 1")).toEqual([
      { speaker: "Speaker 1", text: "What will I.", startMs: 40, endMs: 790 },
      { speaker: "Speaker 1", text: "We are ready.", startMs: 6190, endMs: 7300 },
    ]);
  });

  test("cuts an utterance that runs past 25 words", () => {
    const words = Array.from({ length: 60 }, (_, index) => ({
      word: "word",
      startMs: index * 300,
      endMs: index * 300 + 250,
    }));
    expect(wordsToSegments(words, "Speaker 1").map((segment) => segment.text.split(" ").length)).toEqual([
      25, 25, 10,
    ]);
  });

  test("no speech, no segments", () => {
    expect(
      wordsToSegments(parsePocketsphinxWords("\n<s> 0.000 1.000 1.0\n</s> 1.0 2.0 1.0\n"), "Speaker 1"),
    ).toEqual([]);
  });
});
