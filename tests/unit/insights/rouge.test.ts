import { describe, expect, it } from "vitest";
import { rouge, rougeTokens } from "@/bench/insights/rouge";

describe("ROUGE as rouge-score computes it (use_stemmer=True)", () => {
  it("tokenizes by lowercasing, splitting on non-alphanumerics and stemming words over 3 letters", () => {
    expect(rougeTokens("The 25-year-old U.S. Dogs are RUNNING!")).toEqual([
      "the",
      "25",
      "year",
      "old",
      "u",
      "s",
      "dog",
      "are",
      "run",
    ]);
  });

  it("scores overlapping unigrams, bigrams and the LCS", () => {
    // target: the cat sat on the mat / prediction: the cat is on the mat (no word is long enough to stem)
    // ROUGE-1: shared the×2, cat, on, mat = 5 of 6 on each side → P = R = F = 5/6
    // ROUGE-2: shared "the cat", "on the", "the mat" = 3 of 5 bigrams each → F = 3/5
    // ROUGE-Lsum (one line each): LCS "the cat on the mat" = 5 → P = R = F = 5/6
    const scores = rouge("The cat sat on the mat.", "The cat is on the mat.");
    expect(scores.rouge1.f1).toBeCloseTo(5 / 6, 10);
    expect(scores.rouge2.f1).toBeCloseTo(3 / 5, 10);
    expect(scores.rougeLsum.f1).toBeCloseTo(5 / 6, 10);
  });

  it("matches inflections through the Porter stemmer", () => {
    // target: running dogs → [run, dog] / prediction: the dog runs → [the, dog, run]
    // ROUGE-1: 2 shared → P = 2/3, R = 1, F = 2·(2/3)/(5/3) = 0.8
    // ROUGE-2: "run dog" is not in [the dog, dog run] → 0
    // ROUGE-Lsum: LCS = 1 ("dog" or "run") → P = 1/3, R = 1/2, F = 2·(1/6)/(5/6) = 0.4
    const scores = rouge("Running dogs", "the dog runs");
    expect(scores.rouge1.precision).toBeCloseTo(2 / 3, 10);
    expect(scores.rouge1.recall).toBe(1);
    expect(scores.rouge1.f1).toBeCloseTo(0.8, 10);
    expect(scores.rouge2.f1).toBe(0);
    expect(scores.rougeLsum.f1).toBeCloseTo(0.4, 10);
  });

  it("takes ROUGE-Lsum as the union LCS over newline-separated sentences", () => {
    // target one line "a b c d"; prediction lines "c d" and "a b": the LCS with each line covers
    // {c, d} and {a, b}, their union is all 4 target tokens → P = R = F = 1, although a plain LCS
    // of the concatenation ("c d a b" vs "a b c d") would be only 2.
    expect(rouge("a b c d", "c d\na b").rougeLsum.f1).toBe(1);
    // target lines "a b" twice; prediction one line "a b": each token is credited once only, so
    // hits = 2 of m = 4 target and n = 2 predicted tokens → P = 1, R = 1/2, F = 2/3.
    const repeated = rouge("a b\na b", "a b").rougeLsum;
    expect(repeated.precision).toBe(1);
    expect(repeated.recall).toBe(0.5);
    expect(repeated.f1).toBeCloseTo(2 / 3, 10);
  });

  it("scores 0 against an empty side", () => {
    expect(rouge("", "something").rouge1.f1).toBe(0);
    expect(rouge("something", "").rougeLsum.f1).toBe(0);
  });
});
