import { describe, expect, it } from "vitest";
import { latin1, parseAll, parseFailure, utf8, utf16be, utf16le } from "./transcript-source";

const SPANISH = "Ana: Reunión de diseño, ¿qué opináis del año próximo?\nLuis: Sí, está bien.\n";
const EXPECTED = [
  { speaker: "Ana", text: "Reunión de diseño, ¿qué opináis del año próximo?" },
  { speaker: "Luis", text: "Sí, está bien." },
];

const spoken = (segments: { speaker: string; text: string }[]) =>
  segments.map(({ speaker, text }) => ({ speaker, text }));

describe("transcript encodings", () => {
  it.each([
    ["UTF-8", utf8(SPANISH)],
    ["UTF-8 with a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SPANISH)])],
    ["UTF-16 LE with a byte-order mark", utf16le(SPANISH, { bom: true })],
    ["UTF-16 LE without a byte-order mark", utf16le(SPANISH, { bom: false })],
    ["UTF-16 BE with a byte-order mark", utf16be(SPANISH)],
    ["Latin-1", latin1(SPANISH)],
  ])("reads accented Spanish saved as %s", async (_name, bytes) => {
    const { segments } = await parseAll(bytes);
    expect(spoken(segments)).toEqual(EXPECTED);
  });

  it("keeps a byte-order mark out of the first speaker's name", async () => {
    const { segments, format } = await parseAll(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("WEBVTT\n\n00:01.000 --> 00:02.000\nhola")]),
    );
    expect(format).toBe("vtt");
    expect(segments[0]?.text).toBe("hola");
  });

  it("reads Windows-1252 punctuation such as curly quotes and the euro sign", async () => {
    const bytes = new Uint8Array([...latin1("Ana: cuesta 5"), 0x80, 0x20, 0x93, ...latin1("barato"), 0x94]);
    const { segments } = await parseAll(bytes);
    expect(segments[0]?.text).toBe("cuesta 5€ “barato”");
  });

  it("falls back to Latin-1 when the only invalid UTF-8 byte is near the end of a large file", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `Ana: linea ${i}`).join("\n");
    const bytes = new Uint8Array([...latin1(lines), ...latin1("\nLuis: adiós")]);
    const { segments } = await parseAll(bytes, [4096]);
    expect(segments.at(-1)).toMatchObject({ speaker: "Luis", text: "adiós" });
  });

  it("joins UTF-8 characters split across every possible chunk boundary", async () => {
    const { segments } = await parseAll(SPANISH, [1]);
    expect(spoken(segments)).toEqual(EXPECTED);
  });

  it("refuses a PNG renamed to .vtt as not text", async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect((await parseFailure(new Uint8Array([...png, ...new Uint8Array(200).fill(7)]))).code).toBe(
      "not_text",
    );
  });

  it("refuses random bytes as not text", async () => {
    let state = 42;
    const random = Uint8Array.from({ length: 4096 }, () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state >> 16;
    });
    expect((await parseFailure(random)).code).toBe("not_text");
  });

  it("refuses text full of control characters as not text", async () => {
    expect((await parseFailure(utf8("a\u0001b\u0002c\u0003d\u0004e\u0005"))).code).toBe("not_text");
  });

  it.each([
    ["no bytes at all", new Uint8Array()],
    ["only whitespace", utf8("  \n\r\n\t  \n")],
    ["only a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf])],
  ])("refuses a file with %s as empty", async (_name, bytes) => {
    expect((await parseFailure(bytes)).code).toBe("empty");
  });
});
