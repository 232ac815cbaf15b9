import { createReadStream } from "node:fs";
import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { detectLanguage } from "@/lib/kernel/text/detect-language";
import type { MeetingStatus } from "@/lib/meetings/meeting-status";
import { changeStatus } from "@/lib/meetings/status";
import { isPlaceholderTitle } from "@/lib/meetings/upload-title";
import { searchConfigFor } from "@/lib/search/ts-query";
import { parseTranscript } from "@/lib/transcripts/parse-transcript";
import { type ParsedSegment, TranscriptParseError } from "@/lib/transcripts/types";
import { addParticipants, insertSegments, MAX_NEW_PARTICIPANTS } from "./segment-writes";

const BATCH = 1000;
/** Statuses in which a meeting takes a file: empty, or failed and being retried. */
export const UPLOADABLE: MeetingStatus[] = ["created", "failed"];

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
  const where = error.line ? `file:line ${error.line}` : error.item ? `file:segment ${error.item}` : "file";
  return new AppError("validation", error.message, {
    reason: error.code,
    errors: [{ path: where, message: error.message }],
  });
}

type MeetingToImport = { id: string; language: "auto" | "es" | "en" };

/**
 * Parses a transcript file and stores its segments, replacing any earlier ones, in one
 * transaction: a file that fails to parse at any point leaves the meeting as it was. A title the
 * file carries (Minuta's export) replaces one nobody chose; `fileName` tells which one that is.
 */
export async function importTranscript(
  meeting: MeetingToImport,
  filePath: string,
  options: { fileName?: string } = {},
): Promise<ImportResult> {
  const parsed = parseTranscript(() => createReadStream(filePath));
  try {
    return await getSql().begin(async (sql) => {
      const [locked] = await sql<
        { status: MeetingStatus; title: string }[]
      >`select status, title from meetings where id = ${meeting.id} for update`;
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

      // The stemmer is fixed by the first write: the language the file declares (read before
      // its segments in Minuta's export) wins over one guessed from the text.
      const decideLanguage = () => {
        const declared = parsed.meta().language;
        language =
          declared && declared !== "auto" ? declared : detectLanguage(pending.map((segment) => segment.text));
        configDecided = true;
      };

      const flush = async () => {
        if (!configDecided) decideLanguage();
        for (const segment of pending) {
          if (speakers.size < MAX_NEW_PARTICIPANTS) speakers.add(segment.speaker);
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
      if (
        meeting.language === "auto" &&
        meta.language &&
        meta.language !== "auto" &&
        meta.language !== language
      ) {
        // Declared after its segments (a hand-written file): index them again with its stemmer.
        language = meta.language;
        await sql`update transcript_segments set search_config = ${searchConfigFor(language)}::regconfig where meeting_id = ${meeting.id}`;
      }
      // The file's own participants first: they carry emails, and are the ones kept under the cap.
      await addParticipants(sql, meeting.id, [
        ...(meta.participants ?? []),
        ...[...speakers].map((name) => ({ name })),
      ]);
      const title = meta.title && isPlaceholderTitle(locked.title, options.fileName) ? meta.title : null;
      await sql`
        update meetings set language = ${language}, duration_ms = ${durationMs}, title = coalesce(${title}, title),
          started_at = coalesce(started_at, ${meta.startedAt ?? null}::timestamptz), source = 'upload'
        where id = ${meeting.id}`;
      await changeStatus(meeting.id, { to: "analyzing", from: UPLOADABLE, next: "analyze" }, sql);
      return { segments: count, durationMs, language };
    });
  } catch (error) {
    if (error instanceof TranscriptParseError) throw asValidationError(error);
    throw error;
  }
}
