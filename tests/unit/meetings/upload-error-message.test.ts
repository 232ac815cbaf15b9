import { describe, expect, it } from "vitest";
import { uploadErrorMessage } from "@/components/meetings/upload-error-message";
import { messagesFor } from "@/lib/i18n/messages";
import { failureOf } from "@/lib/ingest/upload.client";
import type { UploadFailure } from "@/lib/ingest/upload-check.client";
import type { ParseErrorCode } from "@/lib/transcripts/types";

const es = messagesFor("es");
const en = messagesFor("en");
const failure = (reason: string, extra: Partial<UploadFailure> = {}): UploadFailure => ({
  ok: false,
  reason,
  message: "English detail from the server",
  ...extra,
});
const problem = (status: number, body: unknown, retryAfter?: string) =>
  failureOf({ status, body: JSON.stringify(body), retryAfter });

describe("upload error messages", () => {
  it("names the line of a bad timestamp in Spanish, from the problem the API answers", () => {
    const refused = problem(422, {
      type: "/docs#errors-bad_timestamp",
      detail: "Line 6: the timestamp “00:00:0x.000” is not valid (expected hh:mm:ss.mmm).",
      errors: [{ path: "file:line 6", message: "…" }],
    });
    expect(refused.location).toEqual({ line: 6 });
    expect(uploadErrorMessage(refused, es, "es")).toBe(
      "La línea 6 tiene una marca de tiempo no válida. Corrige esa línea y vuelve a intentarlo.",
    );
    expect(uploadErrorMessage(refused, en, "en")).toBe(
      "Line 6 has a timestamp that isn't valid. Fix that line and try again.",
    );
  });

  it("names the JSON segment at fault", () => {
    const refused = problem(422, {
      type: "/docs#errors-invalid_structure",
      errors: [{ path: "file:segment 2", message: "…" }],
    });
    expect(uploadErrorMessage(refused, es, "es")).toContain("El segmento 2 del archivo JSON no es válido");
  });

  it("falls back to the reason's general message when the problem names no place", () => {
    expect(uploadErrorMessage(failure("bad_timestamp"), es, "es")).toBe(
      "Una marca de tiempo del archivo no es válida. Corrígela y vuelve a intentarlo.",
    );
  });

  it("translates every reason the server gives an upload, never showing its English detail", () => {
    const parseCodes: ParseErrorCode[] = [
      "empty",
      "not_text",
      "bad_timestamp",
      "invalid_json",
      "invalid_structure",
      "no_segments",
      "segment_too_long",
    ];
    const ingestReasons = [
      "file_too_large",
      "bad_file_name",
      "meeting_has_content",
      "duplicate_seq",
      "bad_multipart",
      "upload_missing",
      "unreadable_audio",
      "unsupported_codec",
    ];
    const codes = [
      "bad_request",
      "unauthorized",
      "forbidden",
      "not_found",
      "conflict",
      "payload_too_large",
      "unsupported_media_type",
      "validation",
      "rate_limited",
      "unavailable",
      "internal",
    ];
    for (const reason of [...parseCodes, ...ingestReasons, ...codes, "network", "storage_failed"]) {
      const spanish = uploadErrorMessage(failure(reason), es, "es");
      const english = uploadErrorMessage(failure(reason), en, "en");
      expect(spanish, reason).not.toBe(en.meetingsPage.uploadErrors.failed);
      expect(spanish, reason).not.toBe(english);
      expect(spanish, reason).not.toContain("English detail");
    }
  });

  it("describes an unknown reason by its status, in the user's language", () => {
    expect(uploadErrorMessage(failure("something_new", { status: 409 }), es, "es")).toBe(
      es.meetingsPage.uploadErrors.conflict,
    );
    expect(uploadErrorMessage(failureOf({ status: 502, body: "<html>Bad gateway</html>" }), es, "es")).toBe(
      es.meetingsPage.uploadErrors.internal,
    );
    expect(uploadErrorMessage(failure("something_new"), es, "es")).toBe(es.meetingsPage.uploadErrors.failed);
  });

  it("says how long to wait after a 429 and quotes the request id of a 500", () => {
    const limited = problem(429, { type: "/docs#errors-rate_limited" }, "42");
    expect(uploadErrorMessage(limited, es, "es")).toBe(
      "Demasiadas solicitudes ahora mismo. Espera 42 s y vuelve a intentarlo.",
    );
    const broken = problem(500, { type: "/docs#errors-internal", requestId: "req-123" });
    expect(uploadErrorMessage(broken, es, "es")).toContain("req-123");
  });

  it("gives the size of a file refused before sending", () => {
    const big = failure("recording_too_large", { size: 3 * 1024 ** 3 });
    expect(uploadErrorMessage(big, en, "en")).toBe("This recording is 3 GB: recordings can be up to 2 GB.");
    const transcript = failure("transcript_too_large", { size: 75.5 * 1024 ** 2 });
    expect(uploadErrorMessage(transcript, es, "es")).toBe(
      "Este archivo ocupa 75,5 MB: las transcripciones pueden ocupar hasta 50 MB.",
    );
  });

  it("reads a platform's bare 413 as a file too large", () => {
    expect(failureOf({ status: 413, body: "Request Entity Too Large" }).reason).toBe("file_too_large");
  });
});
