import { describe, expect, it } from "vitest";
import { parseAll, parseFailure } from "./transcript-source";

describe("JSON transcripts", () => {
  it("reads Minuta's export with its seqs and the meeting's metadata", async () => {
    const json = JSON.stringify(
      {
        version: 1,
        meeting: {
          id: "7d0c4e4e-2f61-4a4f-9d7e-1f7e8b3c2a10",
          title: "Revisión del año",
          language: "es",
          participants: [
            { name: "Ana García", email: "ana@example.com" },
            { name: "Luis" },
            { email: "x@y.z" },
          ],
          startedAt: "2025-03-04T10:00:00.000Z",
          endedAt: null,
          durationMs: 60_000,
          createdAt: "2025-03-04T09:59:00.000Z",
        },
        segments: [
          { seq: 0, speaker: "Ana García", text: "¿Empezamos?", startMs: 0, endMs: 1500 },
          { seq: 3, speaker: "Luis", text: "Sí.", startMs: 1500, endMs: 2000 },
        ],
      },
      null,
      2,
    );
    const { format, segments, meta } = await parseAll(json);
    expect(format).toBe("json");
    expect(segments).toEqual([
      { seq: 0, speaker: "Ana García", text: "¿Empezamos?", startMs: 0, endMs: 1500 },
      { seq: 3, speaker: "Luis", text: "Sí.", startMs: 1500, endMs: 2000 },
    ]);
    expect(meta).toEqual({
      title: "Revisión del año",
      language: "es",
      participants: [{ name: "Ana García", email: "ana@example.com" }, { name: "Luis" }],
      startedAt: "2025-03-04T10:00:00.000Z",
    });
  });

  it("leaves out metadata Postgres or a mailer couldn't take instead of failing the upload", async () => {
    for (const startedAt of ["1", "a 1", "2024-02-30T10:00:00Z", "0000-01-01T00:00:00Z"]) {
      const json = JSON.stringify({
        meeting: {
          startedAt,
          participants: [
            { name: "Ana", email: "a\u0000@x" },
            { name: "Luis", email: "not an email" },
          ],
        },
        segments: [{ text: "hola", startMs: 0, endMs: 1 }],
      });
      expect((await parseAll(json)).meta).toEqual({ participants: [{ name: "Ana" }, { name: "Luis" }] });
    }
    const offset = JSON.stringify({
      meeting: {
        startedAt: "2025-03-04T11:00:00+01:00",
        participants: [{ name: "Ana", email: "Ana@Example.COM" }],
      },
      segments: [{ text: "hola", startMs: 0, endMs: 1 }],
    });
    expect((await parseAll(offset)).meta).toEqual({
      startedAt: "2025-03-04T10:00:00.000Z",
      participants: [{ name: "Ana", email: "ana@example.com" }],
    });
  });

  it("refuses a seq beyond what a meeting can number", async () => {
    const json = JSON.stringify([{ seq: 2 ** 31, text: "hola", startMs: 0, endMs: 1 }]);
    expect(await parseFailure(json)).toMatchObject({ code: "invalid_structure" });
  });

  it("reads the meeting even when it comes after the segments", async () => {
    const json = '{"segments":[{"text":"hola","startMs":0,"endMs":1}],"meeting":{"title":"Al final"}}';
    expect((await parseAll(json)).meta).toEqual({ title: "Al final" });
  });

  it("reads a plain list with times in seconds and a missing speaker", async () => {
    const json =
      '[{"speaker":"Ana","text":"Hola","start":0.5,"end":2.25},{"text":"¿Sí?","start":3,"end":4.0006}]';
    const { segments, meta } = await parseAll(json);
    expect(segments).toEqual([
      { speaker: "Ana", text: "Hola", startMs: 500, endMs: 2250 },
      { speaker: "Speaker 1", text: "¿Sí?", startMs: 3000, endMs: 4001 },
    ]);
    expect(meta).toEqual({});
  });

  it("reads a list with times in milliseconds", async () => {
    const { segments } = await parseAll('[{"speaker":"Ana","text":"Hola","startMs":100,"endMs":900}]');
    expect(segments).toEqual([{ speaker: "Ana", text: "Hola", startMs: 100, endMs: 900 }]);
  });

  it("reads Whisper-style {segments} output, skipping members it does not know", async () => {
    const json = JSON.stringify({
      text: " Hola mundo.",
      language: "es",
      segments: [
        {
          id: 0,
          seek: 0,
          start: 0,
          end: 1.5,
          text: " Hola mundo.",
          tokens: [1, 2, 3],
          words: [{ w: "Hola" }],
        },
      ],
    });
    expect((await parseAll(json)).segments).toEqual([
      { speaker: "Speaker 1", text: "Hola mundo.", startMs: 0, endMs: 1500 },
    ]);
  });

  it("keeps a JSON string's escapes and a __proto__ key harmless", async () => {
    const json =
      '[{"text":"l\\u00ednea \\"citada\\"\\nsalto","start":0,"end":1,"__proto__":{"speaker":"Hacker"}}]';
    expect((await parseAll(json)).segments).toEqual([
      { speaker: "Speaker 1", text: 'línea "citada" salto', startMs: 0, endMs: 1000 },
    ]);
  });

  it.each([
    ["a truncated document", '[{"text":"hola","start":0,'],
    ["a trailing comma", '[{"text":"hola","start":0,"end":1},]'],
    ["text after the document", '[{"text":"hola","start":0,"end":1}] extra'],
    ["single quotes", "{'segments': []}"],
  ])("refuses %s as invalid JSON", async (_name, json) => {
    expect((await parseFailure(json)).code).toBe("invalid_json");
  });

  it.each([
    ["an object without segments", '{"title":"x"}', /no "segments" list/],
    ["segments that are not a list", '{"segments":{"text":"x"}}', /"segments" must be a list/],
    ["an item that is not an object", '["hola"]', /Segment 1 is not an object/],
    ["an item without text", '[{"speaker":"Ana","start":0,"end":1}]', /Segment 1 has no "text"/],
    ["an item without times", '[{"text":"hola"}]', /"start" and "end"/],
    ["times given as text", '[{"text":"hola","start":"0","end":"1"}]', /"start" and "end"/],
    ["only startMs", '[{"text":"hola","startMs":0}]', /both "startMs" and "endMs"/],
    ["a speaker that is a number", '[{"text":"hola","speaker":3,"start":0,"end":1}]', /"speaker"/],
    ["a negative seq", '{"segments":[{"seq":-1,"text":"a","startMs":0,"endMs":1}]}', /"seq"/],
    [
      "repeated seqs",
      '{"segments":[{"seq":1,"text":"a","startMs":0,"endMs":1},{"seq":1,"text":"b","startMs":1,"endMs":2}]}',
      /does not come after/,
    ],
    [
      "a seq on only some segments",
      '{"segments":[{"seq":0,"text":"a","startMs":0,"endMs":1},{"text":"b","startMs":1,"endMs":2}]}',
      /every segment/,
    ],
    ["a later export version", '{"version":2,"segments":[]}', /version 2/],
    ["a bare number", "[1, 2]", /Segment 1 is not an object/],
  ])("refuses %s as an invalid structure that says what was expected", async (_name, json, message) => {
    const error = await parseFailure(json);
    expect(error.code).toBe("invalid_structure");
    expect(error.message).toMatch(message);
  });

  it("refuses a deeply nested document without running out of stack", async () => {
    const error = await parseFailure(
      `[{"text":"a","start":0,"end":1,"x":${"[".repeat(5000)}${"]".repeat(5000)}}]`,
    );
    expect(error.code).toBe("invalid_structure");
  });

  it("refuses an empty list as having no segments", async () => {
    expect((await parseFailure('{"version":1,"segments":[]}')).code).toBe("no_segments");
  });

  it("refuses times that are not finite or not in order", async () => {
    expect((await parseFailure('[{"text":"a","start":1e400,"end":1e401}]')).code).toBe("bad_timestamp");
    expect((await parseFailure('[{"text":"a","start":-1,"end":1}]')).code).toBe("bad_timestamp");
    const reversed = await parseFailure('[{"text":"a","start":0,"end":1},{"text":"b","start":5,"end":4}]');
    expect(reversed).toMatchObject({ code: "bad_timestamp", message: expect.stringMatching(/^Segment 2: /) });
  });

  it("refuses a segment far beyond the text limit before holding all of it", async () => {
    const json = `[{"text":"${"a".repeat(300_000)}","start":0,"end":1}]`;
    expect((await parseFailure(json, [65_536])).code).toBe("segment_too_long");
  });
});
