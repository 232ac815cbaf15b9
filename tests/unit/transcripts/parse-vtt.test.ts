import { describe, expect, it } from "vitest";
import { parseAll, parseFailure } from "./transcript-source";

describe("WebVTT transcripts", () => {
  it("reads a Teams-style file with a header, notes, styles, cue ids and voices", async () => {
    const vtt = [
      "WEBVTT - Reunión semanal",
      "Kind: captions",
      "Language: es",
      "",
      "NOTE exported by Teams",
      "spans two lines",
      "",
      "STYLE",
      "::cue { color: yellow }",
      "",
      "REGION",
      "id:fred width:40%",
      "",
      "a1b2-c3/12-0",
      "00:00:01.000 --> 00:00:04.500 align:start position:10%",
      "<v Ana García>Buenos días a todos,",
      "empezamos con el presupuesto.</v>",
      "",
      "a1b2-c3/13-0",
      "00:00:05.000 --> 00:00:07.250",
      "<v.loud Luis Pérez>¡Perfecto!</v>",
      "",
    ].join("\r\n");
    const { format, segments } = await parseAll(vtt);
    expect(format).toBe("vtt");
    expect(segments).toEqual([
      {
        speaker: "Ana García",
        text: "Buenos días a todos, empezamos con el presupuesto.",
        startMs: 1000,
        endMs: 4500,
      },
      { speaker: "Luis Pérez", text: "¡Perfecto!", startMs: 5000, endMs: 7250 },
    ]);
  });

  it("reads a Zoom-style file whose cue text starts with the speaker's name", async () => {
    const vtt =
      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nMaría: Hola, ¿me oís?\n\n2\n00:00:02.500 --> 00:00:03.000\nJohn Smith: Yes.\n";
    const { segments } = await parseAll(vtt);
    expect(segments.map((segment) => [segment.speaker, segment.text])).toEqual([
      ["María", "Hola, ¿me oís?"],
      ["John Smith", "Yes."],
    ]);
  });

  it("accepts mm:ss.mmm timings and cues without ids", async () => {
    const { segments } = await parseAll("WEBVTT\n\n01:02.003 --> 01:04.000\nSin hablante\n");
    expect(segments).toEqual([
      { speaker: "Speaker 1", text: "Sin hablante", startMs: 62_003, endMs: 64_000 },
    ]);
  });

  it("strips formatting and inline timestamps and decodes entities", async () => {
    const vtt =
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" +
      "<v Ana>Tom &amp; Jerry <c.yellow>dicen</c> <i>que</i> <b>3 &lt; 4</b> <u>y</u><00:00:01.500> 5&nbsp;&gt;&#32;2 &#x263A; &lrm;ok&rlm; &lt;b&gt;</v>\n";
    const { segments } = await parseAll(vtt);
    expect(segments[0]?.text).toBe("Tom & Jerry dicen que 3 < 4 y 5 > 2 ☺ \u200eok\u200f <b>");
  });

  it("decodes entities in the voice name", async () => {
    const { segments } = await parseAll("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Smith &amp; Co>hi</v>\n");
    expect(segments[0]?.speaker).toBe("Smith & Co");
  });

  it("skips cues with no text and reads cues not separated by a blank line", async () => {
    const vtt =
      "WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\nuno\n00:03.000 --> 00:04.000\ndos\n";
    const { segments } = await parseAll(vtt);
    expect(segments.map((segment) => [segment.text, segment.startMs])).toEqual([
      ["uno", 2000],
      ["dos", 3000],
    ]);
  });

  it("reports a malformed timestamp with its line number", async () => {
    const vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nbien\n\n00:00:0x.000 --> 00:00:04.000\nmal\n";
    const error = await parseFailure(vtt);
    expect(error).toMatchObject({ code: "bad_timestamp", line: 6 });
    expect(error.message).toBe("Line 6: the timestamp “00:00:0x.000” is not valid (expected hh:mm:ss.mmm).");
  });

  it("reports seconds past 59 as a malformed timestamp", async () => {
    const error = await parseFailure("WEBVTT\n\n1\n00:00:01.000 --> 00:00:75.000\nhola\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 4 });
  });

  it("reports a cue that ends before it starts, with the line of its timing", async () => {
    const error = await parseFailure("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nhola\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 3 });
    expect(error.message).toMatch(/ends .* before it starts/);
  });

  it("refuses a file with only a header and notes as having no segments", async () => {
    expect((await parseFailure("WEBVTT\n\nNOTE nothing was said\n")).code).toBe("no_segments");
  });

  it("refuses a cue whose timing line has an arrow but no times, naming that line", async () => {
    const error = await parseFailure("WEBVTT\n\n1\nxx:yy --> zz\nhello\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 4 });
  });

  it("names the first broken timing line, even among a cue's text lines", async () => {
    const vtt =
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nbien\n00:00:0x.000 --> 00:00:03.000\nmal\n\n00:00:09.000 --> 00:00:04.000\nluego\n";
    const error = await parseFailure(vtt);
    expect(error).toMatchObject({ code: "bad_timestamp", line: 5 });
    expect(error.message).toMatch(/^Line 5: /);
  });

  it("names a broken timing line right after the header", async () => {
    const error = await parseFailure("WEBVTT\n00:00:0x.000 --> 00:00:02.000\nhola\n");
    expect(error).toMatchObject({ code: "bad_timestamp", line: 2 });
  });
});
