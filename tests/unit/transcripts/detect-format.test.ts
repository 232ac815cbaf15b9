import { describe, expect, it } from "vitest";
import { parseAll } from "./transcript-source";

describe("format detection by content", () => {
  it.each([
    ["a WEBVTT first line", "WEBVTT\n\n00:01.000 --> 00:02.000\nhola\n", "vtt"],
    ["blank lines before WEBVTT", "\n\nWEBVTT\n\n00:01.000 --> 00:02.000\nhola\n", "vtt"],
    ["an index followed by an SRT timing line", "1\n00:00:01,000 --> 00:00:02,000\nhola\n", "srt"],
    ["a timing line without an index", "00:00:01,000 --> 00:00:02,000\nhola\n", "srt"],
    ["an object", '  {"segments":[{"text":"hola","start":0,"end":1}]}', "json"],
    ["a list of objects over several lines", '[\n\n  {"text":"hola","start":0,"end":1}\n]', "json"],
    ["[hh:mm:ss] lines", "[00:00:05] Ana: hola\n", "txt"],
    ["a number that is not followed by a timing line", "1\nhola\n", "txt"],
    ["WEBVTT only as part of a word", "WEBVTTX\nhola\n", "txt"],
    ["an arrow in ordinary text", "Ana --> Luis: pásame el fichero\n", "txt"],
  ])("recognises %s", async (_name, text, format) => {
    expect((await parseAll(text)).format).toBe(format);
  });

  it("detects the format when its first lines arrive a byte at a time", async () => {
    expect((await parseAll("1\r\n00:00:01,000 --> 00:00:02,000\r\nhola\r\n", [1])).format).toBe("srt");
  });
});
