import { z } from "zod";
import { dateTimeString } from "@/lib/kernel/dates";
import { cleanText, MAX_SEQ, type RawSegment } from "@/lib/transcripts/normalize-segment";
import { type TranscriptMeta, TranscriptParseError } from "@/lib/transcripts/types";
import type { JsonValue } from "./json-value-assembler";

// Only a real address is kept: participants' emails are who may receive the meeting's recap.
const emailSchema = z.email().max(254).toLowerCase();

type JsonObject = { [key: string]: JsonValue };

const EXPECTED =
  'Each segment needs "text" and its times: "start" and "end" in seconds, or "startMs" and "endMs" in milliseconds.';

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function badSegment(item: number, problem: string): TranscriptParseError {
  return new TranscriptParseError(
    "invalid_structure",
    `Segment ${item} ${problem}. ${EXPECTED}`,
    undefined,
    item,
  );
}

function readTimes(segment: JsonObject, item: number): { startMs: number; endMs: number } {
  const { start, end, startMs, endMs } = segment;
  if (startMs !== undefined || endMs !== undefined) {
    if (typeof startMs === "number" && typeof endMs === "number") return { startMs, endMs };
    throw badSegment(item, 'needs both "startMs" and "endMs" as numbers');
  }
  if (typeof start === "number" && typeof end === "number")
    return { startMs: start * 1000, endMs: end * 1000 };
  throw badSegment(item, 'needs "start" and "end" as numbers of seconds');
}

/** One item of a JSON segment list; `item` counts from 1 for messages. */
export function toRawSegment(value: JsonValue, item: number): RawSegment {
  if (!isObject(value)) throw badSegment(item, "is not an object");
  const { text, speaker, seq } = value;
  if (typeof text !== "string") throw badSegment(item, 'has no "text"');
  if (speaker !== undefined && speaker !== null && typeof speaker !== "string") {
    throw badSegment(item, 'has a "speaker" that is not text');
  }
  if (
    seq !== undefined &&
    seq !== null &&
    !(typeof seq === "number" && Number.isSafeInteger(seq) && seq >= 0 && seq <= MAX_SEQ)
  ) {
    throw badSegment(
      item,
      `has a "seq" that is not a whole number from 0 to ${MAX_SEQ.toLocaleString("en")}`,
    );
  }
  return {
    seq: seq ?? undefined,
    speaker: speaker ?? undefined,
    keepEmptySpeaker: typeof speaker === "string",
    text,
    ...readTimes(value, item),
    item,
  };
}

const LANGUAGES: readonly string[] = ["auto", "es", "en"];
const isLanguage = (value: JsonValue | undefined): value is "auto" | "es" | "en" =>
  typeof value === "string" && LANGUAGES.includes(value);

/** What Minuta's export says about the meeting; anything unusable is left out rather than refused. */
export function toMeta(value: JsonValue): TranscriptMeta {
  if (!isObject(value)) return {};
  const meta: TranscriptMeta = {};
  const title = typeof value.title === "string" ? cleanText(value.title).slice(0, 300) : "";
  if (title) meta.title = title;
  if (isLanguage(value.language)) meta.language = value.language;
  if (Array.isArray(value.participants)) {
    meta.participants = value.participants.flatMap((person) => {
      const name =
        isObject(person) && typeof person.name === "string" ? cleanText(person.name).slice(0, 100) : "";
      if (!name || !isObject(person)) return [];
      const email = emailSchema.safeParse(person.email);
      return [email.success ? { name, email: email.data } : { name }];
    });
  }
  const startedAt = dateTimeString.safeParse(value.startedAt);
  if (startedAt.success) meta.startedAt = new Date(startedAt.data).toISOString();
  return meta;
}
