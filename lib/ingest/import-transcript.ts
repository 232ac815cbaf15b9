import { createReadStream } from "node:fs";
import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { detectLanguage } from "@/lib/insights/local/detect-language";
import { searchConfigFor } from "@/lib/search/ts-query";
import { parseTranscript } from "@/lib/transcripts/parse/parse-transcript";
import { type ParsedSegment, TranscriptParseError } from "@/lib/transcripts/types";
import { addParticipants, insertSegments } from "./segment-writes";

const BATCH = 1000;
/** Statuses in which a meeting takes a file: empty, or failed and being retried. */
export const UPLOADABLE = ["created", "failed"];

export function notUploadable(status: string): AppError {
  return new AppError(
    "conflict",
    `This meeting already has content (status “${status}”); create a new meeting for another file.`,
    {
      reason: "meeting_has_content",
    },
  );
}
// Enough text to tell Spanish from English before the first rows are written.
const LANGUAGE_SAMPLE = 200;

export type ImportResult = { segments: number; durationMs: number; language: "es" | "en" | "auto" };

function asValidationError(error: TranscriptParseError): AppError {
  return new AppError("validation", error.message, {
    reason: error.code,
    errors: [{ path: error.line ? `file:line ${error.line}` : "file", message: error.message }],
  });
}

/**
 * Parses a transcript file and stores its segments, replacing any earlier ones, in one
 * transaction: a file that fails to parse at any point leaves the meeting as it was.
 */
export async function importTranscript(
  meeting: { id: string; language: "auto" | "es" | "en" },
  filePath: string,
): Promise<ImportResult> {
  const parsed = parseTranscript(() => createReadStream(filePath));
  try {
    return await getSql().begin(async (sql) => {
      const [locked] = await sql<
        { status: string }[]
      >`select status from meetings where id = ${meeting.id} for update`;
      if (!locked) throw new AppError("not_found", "No meeting with this id.");
      if (!UPLOADABLE.includes(locked.status)) throw notUploadable(locked.status);
      await sql`delete from transcript_segments where meeting_id = ${meeting.id}`;
      let language = meeting.language;
      let pending: ParsedSegment[] = [];
      let nextSeq = 0;
      let count = 0;
      let durationMs = 0;
      const speakers = new Set<string>();
      let configDecided = meeting.language !== "auto";

      const flush = async () => {
        if (!configDecided) {
          language = detectLanguage(pending.map((segment) => segment.text));
          configDecided = true;
        }
        for (const segment of pending) {
          speakers.add(segment.speaker);
          durationMs = Math.max(durationMs, segment.endMs);
        }
        nextSeq = await insertSegments(sql, meeting.id, pending, nextSeq, searchConfigFor(language));
        count += pending.length;
        pending = [];
      };

      for await (const segment of parsed.segments) {
        pending.push(segment);
        if (pending.length >= (configDecided ? BATCH : LANGUAGE_SAMPLE)) await flush();
      }
      if (pending.length) await flush();

      const meta = parsed.meta();
      if (meeting.language === "auto" && meta.language && meta.language !== "auto") language = meta.language;
      await addParticipants(
        sql,
        meeting.id,
        [...speakers].map((name) => ({ name })),
      );
      await addParticipants(sql, meeting.id, meta.participants ?? []);
      await sql`
        update meetings set language = ${language}, duration_ms = ${durationMs},
          started_at = coalesce(started_at, ${meta.startedAt ?? null}::timestamptz), source = 'upload', error = null,
          status = 'analyzing', updated_at = now()
        where id = ${meeting.id}`;
      return { segments: count, durationMs, language };
    });
  } catch (error) {
    if (error instanceof TranscriptParseError) throw asValidationError(error);
    throw error;
  }
}
