import { describe, expect, it } from "vitest";
import { parseAll, parseFailure } from "./transcript-source";

describe("SubRip transcripts", () => {
  it("reads numbered cues with speaker prefixes and strips formatting tags", async () => {
    const srt = [
      "1",
      "00:00:01,000 --> 00:00:03,500",
      "Ana: <i>Hola</i> a todos,",
      "<b>bienvenidos</b>.",
      "",
      "2",
      "00:00:04,000 --> 00:00:06,000",
      '[Luis Pérez] <font color="#ffff00">¿Empezamos?</font>',
      "",
      "3",
      "00:00:06.500 --> 00:00:08.000 X1:100 X2:200",
      "- Marta: Sí, claro.",
      "",
      "4",
      "01:00:00,000 --> 01:00:01,000",
      "Sin nadie que hable",
    ].join("\n");
    const { format, segments } = await parseAll(srt);
    expect(format).toBe("srt");
    expect(segments).toEqual([
      { speaker: "Ana", text: "Hola a todos, bienvenidos.", startMs: 1000, endMs: 3500 },
      { speaker: "Luis Pérez", text: "¿Empezamos?", startMs: 4000, endMs: 6000 },
      { speaker: "Marta", text: "Sí, claro.", startMs: 6500, endMs: 8000 },
      { speaker: "Speaker 1", text: "Sin nadie que hable", startMs: 3_600_000, endMs: 3_601_000 },
    ]);
  });

  it("reads cues that are not separated by blank lines", async () => {
    const srt = "1\n00:00:01,000 --> 00:00:02,000\nuno\n2\n00:00:02,000 --> 00:00:03,000\ndos\n";
    const { segments } = await parseAll(srt);
    expect(segments.map((segment) => segment.text)).toEqual(["uno", "dos"]);
  });

  it("does not take a URL or a sentence for a speaker", async () => {
    const srt =
      "1\n00:00:01,000 --> 00:00:02,000\nhttps://minuta.app is the site\n\n2\n00:00:02,000 --> 00:00:03,000\nWe said this before, and again: twice\n";
    const { segments } = await parseAll(srt);
    expect(segments.map((segment) => segment.speaker)).toEqual(["Speaker 1", "Speaker 1"]);
  });

  it("reports a malformed timestamp with its line number", async () => {
    const srt = "1\n00:00:01,000 --> 00:00:02,000\nbien\n\n2\n00:00:0x,000 --> 00:00:04,000\nmal\n";
    const error = await parseFailure(srt);
    expect(error).toMatchObject({ code: "bad_timestamp", line: 6 });
    expect(error.message).toBe("Line 6: the timestamp “00:00:0x,000” is not valid (expected hh:mm:ss,mmm).");
  });

  it("reports a malformed timestamp in the very first cue", async () => {
    const error = await parseFailure("\n1\n00:00:01,000 --> 0:00:0x,000\nhola\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 3 });
  });

  it("reports an index line not followed by a timing line", async () => {
    const error = await parseFailure("1\n00:00:01,000 --> 00:00:02,000\nbien\n\n2\nno timing here\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 6 });
  });

  it("reports a cue that ends before it starts", async () => {
    const error = await parseFailure("1\n00:00:09,000 --> 00:00:02,000\nhola\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 2 });
  });

  it("refuses a cue whose timing line has an arrow but no times, naming that line", async () => {
    const error = await parseFailure("1\nxx:yy --> zz\nhello\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 2 });
    expect(error.message).toMatch(/^Line 2: /);
  });

  it("names a broken timing line among a cue's text lines, not a later one", async () => {
    const srt =
      "1\n00:00:01,000 --> 00:00:02,000\nbien\n00:00:0x,000 --> 00:00:03,000\nmal\n\n2\n00:00:09,000 --> 00:00:04,000\nluego\n";
    const error = await parseFailure(srt);
    expect(error).toMatchObject({ code: "bad_timestamp", line: 4 });
  });
});
