import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getSql } from "@/lib/kernel/db/client";
import { migrationsDir } from "@/lib/kernel/db/migrate";
import { englishReason, type Reason } from "@/lib/kernel/reasons";

/**
 * 20261208000100_failure_reason_codes.sql on rows written before it: each English sentence Minuta
 * stored becomes its code (and says the same again in English), anything else `other`. Run in a
 * schema of its own holding the two columns it converts, so the suite's tables are left alone.
 */

const MIGRATION = readFileSync(path.join(migrationsDir(), "20261208000100_failure_reason_codes.sql"), "utf8");
const SCHEMA = `reason_migration_${process.pid}`;

afterAll(async () => {
  await getSql().unsafe(`drop schema if exists ${SCHEMA} cascade`);
});

// Sentences as the jobs wrote them, and the code each becomes.
const KNOWN: [string, Reason][] = [
  ["No speech was found in this recording.", { code: "noSpeech" }],
  ["Transcription failed after several attempts.", { code: "transcriptionFailed" }],
  ["The recording is missing from storage. Please upload it again.", { code: "recordingMissing" }],
  ["The recording is empty (0 bytes).", { code: "recordingEmpty" }],
  [
    "This recording could not be read: the file looks damaged, incomplete or is not audio. Please upload it again.",
    { code: "unreadable" },
  ],
  ["This file has no audio track, so there is nothing to transcribe.", { code: "noAudioTrack" }],
  [
    "This recording uses an audio format Minuta cannot decode. Convert it to mp3, m4a or wav and upload it again.",
    { code: "unsupportedCodec" },
  ],
  ["The recording contains no audio (its length is zero).", { code: "zeroLength" }],
  ["Converting the recording took too long.", { code: "convertTimeout" }],
  ["The recording could not be split for transcription.", { code: "splitFailed" }],
  ["The transcription service sent an answer Minuta cannot read.", { code: "unreadableAnswer" }],
  ["The offline transcriber (pocketsphinx) is not installed.", { code: "pocketsphinxMissing" }],
  ["The offline transcriber took too long on this recording.", { code: "offlineTimeout" }],
  ["The offline transcriber failed on this recording.", { code: "offlineFailed" }],
  ["The transcription service kept failing, so Minuta paused calls to it.", { code: "transcriptionPaused" }],
  ["The transcription service did not answer in time.", { code: "transcriptionTimeout" }],
  ["The transcription service is busy (rate limited).", { code: "transcriptionBusy" }],
  ["The transcription service failed.", { code: "transcriptionServiceFailed" }],
  [
    "The transcription service refused the recording (HTTP 413). Check the transcription settings.",
    { code: "transcriptionRefused", params: { status: "413" } },
  ],
  [
    "No speech-to-text engine is configured. Set OPENAI_API_KEY, or TRANSCRIBE_BASE_URL for a self-hosted OpenAI-compatible server such as faster-whisper, or install pocketsphinx and ffmpeg (English).",
    { code: "noEngine" },
  ],
  [
    "The built-in offline transcriber only understands English. To transcribe Spanish, configure an OpenAI-compatible speech-to-text server (TRANSCRIBE_BASE_URL) or set OPENAI_API_KEY.",
    { code: "englishOnly" },
  ],
  [
    "The notes could not be written after several attempts. Use Retry to run the analysis again.",
    { code: "analysisFailed" },
  ],
  [
    "The notes could not be written after several attempts. The model did not answer in time. Use Retry to run the analysis again.",
    { code: "analysisFailed", cause: { code: "modelTimeout" } },
  ],
  [
    "The notes could not be written after several attempts. The model provider is rate limiting requests. Use Retry to run the analysis again.",
    { code: "analysisFailed", cause: { code: "modelRateLimited" } },
  ],
  [
    "The notes could not be written after several attempts. The model provider failed (503). Use Retry to run the analysis again.",
    { code: "analysisFailed", cause: { code: "modelFailed", params: { status: "503" } } },
  ],
  [
    "The notes could not be written after several attempts. The model provider failed (network error). Use Retry to run the analysis again.",
    { code: "analysisFailed", cause: { code: "modelNetworkError" } },
  ],
  [
    "The notes could not be written after several attempts. The model call failed. Use Retry to run the analysis again.",
    { code: "analysisFailed", cause: { code: "modelCallFailed" } },
  ],
];

const KNOWN_NOTES: [string, Reason][] = [
  [
    "The configured model could not write these notes (The model's answer did not match the notes schema 3 times), so they come from the built-in local engine. Regenerate to try the model again.",
    { code: "llmFallback", cause: { code: "modelSchema", params: { count: "3" } } },
  ],
  [
    "The configured model could not write these notes (an unexpected error), so they come from the built-in local engine. Regenerate to try the model again.",
    { code: "llmFallback", cause: { code: "unexpectedError" } },
  ],
  [
    "The configured model could not write these notes (The model provider refused the request (HTTP 400)), so they come from the built-in local engine. Regenerate to try the model again.",
    { code: "llmFallback", cause: { code: "modelRefused", params: { status: "400" } } },
  ],
];

// A circuit's sentence was stored without its period: the code, worded again, gets one.
const CIRCUIT =
  "The notes could not be written after several attempts. openai is failing; calls are paused for 30 s Use Retry to run the analysis again.";

const UNKNOWN = [
  "Test failure.",
  "Converting this recording needs ffmpeg, which is not installed on this server.",
];

describe("the migration of stored English reasons to codes", () => {
  it("gives every sentence Minuta wrote its code, and keeps any other text as it is", async () => {
    const sql = await getSql().reserve();
    try {
      await sql.unsafe(`create schema ${SCHEMA}`);
      await sql.unsafe(`set search_path to ${SCHEMA}`);
      await sql`create table meetings (id serial primary key, error text)`;
      await sql`create table insights (meeting_id serial primary key, note text)`;
      const errors = [...KNOWN.map(([text]) => text), CIRCUIT, ...UNKNOWN, null];
      for (const error of errors) await sql`insert into meetings (error) values (${error})`;
      for (const [note] of KNOWN_NOTES) await sql`insert into insights (note) values (${note})`;
      await sql`insert into insights (note) values (null)`;

      await sql.unsafe("begin");
      await sql.unsafe(MIGRATION);
      await sql.unsafe("commit");

      const meetings = await sql<{ error: Reason | null }[]>`select error from meetings order by id`;
      const notes = await sql<{ note: Reason | null }[]>`select note from insights order by meeting_id`;
      const functions = await sql`select proname from pg_proc where proname like 'minuta_%reason'`;
      await sql.unsafe("reset search_path");

      expect(meetings.map((row) => row.error)).toEqual([
        ...KNOWN.map(([, reason]) => reason),
        {
          code: "analysisFailed",
          cause: { code: "circuitOpen", params: { provider: "openai", seconds: "30" } },
        },
        ...UNKNOWN.map((text) => ({ code: "other", params: { text } })),
        null,
      ]);
      expect(notes.map((row) => row.note)).toEqual([...KNOWN_NOTES.map(([, reason]) => reason), null]);
      // The API says them in English as before (DESIGN §5's `error` string).
      for (const [text, reason] of [...KNOWN, ...KNOWN_NOTES]) expect(englishReason(reason)).toBe(text);
      for (const text of UNKNOWN) expect(englishReason({ code: "other", params: { text } })).toBe(text);
      expect(functions).toEqual([]);
    } finally {
      await sql.unsafe("reset search_path").catch(() => {});
      sql.release();
    }
  });
});
