import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExportFormat, ExportMeeting } from "@/lib/transcripts/export-transcript";
import { exportTranscript } from "@/lib/transcripts/export-transcript";
import { cleanSpeakerLabel, cleanText } from "@/lib/transcripts/normalize-segment";
import { type Segment, TranscriptParseError } from "@/lib/transcripts/types";
import { collectText, parseAll, utf8 } from "./transcript-source";

const chunkSizes = fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 8 });

// Pieces of every format, so random documents reach deep into the parsers, not just the txt fallback.
const fragment = fc.constantFrom(
  "WEBVTT",
  "NOTE",
  "1",
  "00:00:01.000 --> 00:00:02.000",
  "00:00:0x,000 --> 00:00:02,000",
  "99:99 --> 1:2",
  "-->",
  "<v Ana>",
  "</v>",
  "&amp;",
  "&#xFFFFFF;",
  "Ana: ",
  "[00:00:05] ",
  "Luis  0:03",
  "{",
  "}",
  "[",
  "]",
  '"segments":',
  '{"text":"a","start":0,"end":1}',
  ",",
  "\n",
  "\r",
  "\r\n",
  " ",
  "\t",
  "ñ",
  "😀",
  "\u0000",
  "\u0001",
);
const structuredText = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 40 })
  .map((parts) => parts.join(""));

async function parsesOrRefuses(input: string | Uint8Array, sizes: number[]): Promise<void> {
  try {
    const { segments } = await parseAll(input, sizes);
    expect(segments.length).toBeGreaterThan(0);
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptParseError);
  }
}

describe("parsing arbitrary input", () => {
  it("either yields segments or refuses with a TranscriptParseError, for any text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), structuredText),
        chunkSizes,
        async (text, sizes) => parsesOrRefuses(text, sizes),
      ),
      { numRuns: 400, timeout: 2000 },
    );
  });

  it("either yields segments or refuses with a TranscriptParseError, for any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), chunkSizes, async (bytes, sizes) =>
        parsesOrRefuses(bytes, sizes),
      ),
      { numRuns: 300, timeout: 2000 },
    );
  });
});

const meeting: ExportMeeting = {
  id: "7d0c4e4e-2f61-4a4f-9d7e-1f7e8b3c2a10",
  title: "Reunión",
  language: "es",
  participants: [],
  startedAt: null,
  endedAt: null,
  durationMs: null,
  createdAt: "2025-03-04T09:59:00.000Z",
};

const speaker = fc
  .tuple(
    fc.constantFrom("Ana", "José Luis", "María", "Zoë", "Renée", "Speaker 2", "Iñaki", "Chloé", "O'Brien"),
    fc.option(fc.constantFrom("García", "Núñez", "Smith", "de León", "Müller"), { nil: undefined }),
  )
  .map(([first, last]) => (last ? `${first} ${last}` : first));

const word = fc.oneof(
  fc.constantFrom(
    "hola",
    "reunión",
    "¿qué?",
    "¡sí!",
    "año",
    "pingüino",
    "Tom",
    "&",
    "&amp;",
    "<",
    ">",
    "3<4",
    "a>b",
    "nota:",
    "-",
    "-->",
    "[x]",
    "(ok)",
    '"cita"',
    "don't",
    "100%",
    "😀",
    "👍🏽",
    "日本",
    "—",
    "…",
    "NOTE",
    "WEBVTT",
  ),
  fc.stringMatching(/^[a-zA-Z0-9áéíóúñÁÉÍÓÚÑüç]{1,12}$/),
);
// Captions as live clients send them: tabs, line breaks, runs of spaces, odd Unicode spaces.
const messySpace = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", " \t ", "\u00a0", "\u2028", "\u3000");
const gap = fc.oneof({ weight: 4, arbitrary: fc.constant(" ") }, { weight: 1, arbitrary: messySpace });
const text = fc
  .tuple(fc.option(messySpace, { nil: "" }), fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 25 }))
  .map(([lead, words]) => lead + words.map(([part, space]) => part + space).join(""));

const messySpeaker = fc.oneof(
  { weight: 3, arbitrary: speaker },
  fc
    .tuple(messySpace, speaker, messySpace)
    .map(([before, name, after]) => before + name.replace(" ", after) + after),
);
// Live captions may name nobody: those lines keep an empty speaker.
const speakerOrNobody = fc.oneof({ weight: 4, arbitrary: messySpeaker }, fc.constantFrom("", "  ", "\t"));

/** A transcript as stored: the captions cleaned the one way every path (import or append) cleans them. */
const storedList = (speakers: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 1, max: 5 }),
        speaker: speakers,
        text,
        startMs: fc.integer({ min: 0, max: 36_000_000 }),
        durationMs: fc.integer({ min: 0, max: 600_000 }),
      }),
      { minLength: 1, maxLength: 25 },
    )
    .map((items) => {
      let seq = -1;
      return items.map(({ gap, speaker, text, startMs, durationMs }, index): Segment => {
        seq = index === 0 ? 0 : seq + gap;
        const stored = { speaker: cleanSpeakerLabel(speaker), text: cleanText(text) };
        return { seq, ...stored, startMs, endMs: startMs + durationMs };
      });
    });

const segmentList = storedList(messySpeaker);

async function roundTrip(format: ExportFormat, segments: Segment[], sizes: number[]) {
  const document = await collectText(exportTranscript(format, meeting, segments));
  return (await parseAll(utf8(document), sizes)).segments;
}

const withoutSeq = (segments: { speaker: string; text: string; startMs: number; endMs: number }[]) =>
  segments.map(({ speaker, text, startMs, endMs }) => ({ speaker, text, startMs, endMs }));

describe("export and import round trips", () => {
  it("reads back exactly what it exported as JSON, seqs and empty speakers included", async () => {
    await fc.assert(
      fc.asyncProperty(storedList(speakerOrNobody), chunkSizes, async (segments, sizes) => {
        expect(await roundTrip("json", segments, sizes)).toEqual(segments);
      }),
      { numRuns: 150 },
    );
  });

  it("reads back speakers, text and times it exported as WebVTT", async () => {
    await fc.assert(
      fc.asyncProperty(segmentList, chunkSizes, async (segments, sizes) => {
        expect(withoutSeq(await roundTrip("vtt", segments, sizes))).toEqual(withoutSeq(segments));
      }),
      { numRuns: 150 },
    );
  });

  it("reads back speakers, text and times it exported as SubRip", async () => {
    await fc.assert(
      fc.asyncProperty(segmentList, chunkSizes, async (segments, sizes) => {
        expect(withoutSeq(await roundTrip("srt", segments, sizes))).toEqual(withoutSeq(segments));
      }),
      { numRuns: 150 },
    );
  });
});
