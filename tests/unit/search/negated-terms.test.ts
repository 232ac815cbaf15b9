import { describe, expect, it } from "vitest";
import { negatedTerms } from "@/lib/search/ts-query";

/** The terms a web-search query leaves out, read as Postgres' websearch_to_tsquery reads them. */
describe("negatedTerms", () => {
  it.each([
    ["API -budgets", ["budgets"]],
    ['-"budget review" api', ['"budget review"']],
    ["e-mail -x", ["x"]],
    ["a --b", []],
    ["a - b", ["b"]],
    ['"a -b" c', []],
    ['a -"b c', ['"b c']],
    ["(-budget) api", ["budget)"]],
    ["x,-y", []],
    ["plain words only", []],
  ])("%s → %j", (query, expected) => {
    expect(negatedTerms(query)).toEqual(expected);
  });
});
