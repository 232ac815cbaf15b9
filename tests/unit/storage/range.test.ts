import { describe, expect, it } from "vitest";
import { parseRange } from "@/lib/storage/range";

const SIZE = 1000;

describe("Range headers for a file of 1000 bytes", () => {
  it.each([
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=100-", { start: 100, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
    ["bytes=900-5000", { start: 900, end: 999 }],
    ["bytes=5-5", { start: 5, end: 5 }],
    ["BYTES=0-0", { start: 0, end: 0 }],
    ["bytes= 10-19", { start: 10, end: 19 }],
    ["bytes=0-9, 20-29", { start: 0, end: 9 }],
    ["bytes=2000-2999, 10-19", { start: 10, end: 19 }],
  ])("answers %s with that part", (header, range) => {
    expect(parseRange(header, SIZE)).toEqual(range);
  });

  it.each([
    "bytes=5-2",
    "bytes=0-9, 5-2",
    "bytes=-",
    "bytes=",
    "bytes=abc",
    "bytes=1.5-2",
    "items=0-9",
    "0-9",
    "",
  ])("ignores the invalid header %j: the whole file, not an error", (header) => {
    expect(parseRange(header, SIZE)).toBeNull();
  });

  it("ignores a missing header", () => {
    expect(parseRange(null, SIZE)).toBeNull();
  });

  it.each(["bytes=1000-", "bytes=1000-1999", "bytes=5000-6000", "bytes=-0", "bytes=1000-1001, 2000-"])(
    "answers %s as unsatisfiable: it starts beyond the end",
    (header) => {
      expect(parseRange(header, SIZE)).toBe("unsatisfiable");
    },
  );

  it("finds nothing to send in an empty file", () => {
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
    expect(parseRange("bytes=-10", 0)).toBe("unsatisfiable");
  });
});
