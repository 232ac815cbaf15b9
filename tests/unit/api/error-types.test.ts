import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_TYPES } from "@/lib/api/openapi/error-types";
import { problemResponse } from "@/lib/api/problem";
import { docsMessages } from "@/lib/i18n/messages/docs";
import { AppError } from "@/lib/kernel/errors";

/** Every problem `type` links to /docs#errors-<id>: each id must have its row there, with a meaning. */

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const lib = sources(path.resolve("lib")).map((file) => readFileSync(file, "utf8"));
const unionMembers = (file: string, type: string) => {
  const text = readFileSync(path.resolve(file), "utf8");
  const declaration = new RegExp(`export type ${type} =([^;]+);`).exec(text)?.[1] ?? "";
  return [...declaration.matchAll(/"(\w+)"/g)].map((match) => match[1] as string);
};

describe("the error types listed on /docs", () => {
  it("cover every code and every reason the code throws", () => {
    const codes = unionMembers("lib/kernel/errors.ts", "AppErrorCode");
    // AppErrors in the API carry `reason: "…"`, or the code of a parse or transcription error.
    const literalReasons = lib.flatMap((text) =>
      [...text.matchAll(/new AppError\([\s\S]{0,400}?reason: "(\w+)"/g)].map((match) => match[1] as string),
    );
    const forwarded = [
      ...unionMembers("lib/transcripts/types.ts", "ParseErrorCode"),
      // A missing ffprobe is the server's problem: rethrown as a 500, never a problem type of its own.
      ...unionMembers("lib/transcription/transcription-error.ts", "TranscriptionErrorCode").filter(
        (code) => code !== "missing_tool",
      ),
    ];
    expect(codes.length).toBeGreaterThan(5);
    expect(literalReasons).toContain("idempotency_mismatch");
    for (const id of [...codes, ...literalReasons, ...forwarded, "internal", "method_not_allowed"])
      expect(Object.keys(ERROR_TYPES), id).toContain(id);
  });

  it("give each its meaning in English and Spanish", () => {
    for (const id of Object.keys(ERROR_TYPES) as (keyof typeof ERROR_TYPES)[]) {
      expect(docsMessages.en.errors[id], id).toBeTruthy();
      expect(docsMessages.es.errors[id], id).toBeTruthy();
    }
  });

  it("match the status a problem of that type is answered with", async () => {
    const problem = await problemResponse(
      new AppError("conflict", "x", { reason: "meeting_has_content" }),
      "r",
    ).json();
    expect(problem.type).toBe("/docs#errors-meeting_has_content");
    expect(ERROR_TYPES.meeting_has_content).toBe(problem.status);
    for (const code of ["not_found", "validation", "rate_limited", "payload_too_large"] as const) {
      const answer = await problemResponse(new AppError(code, "x"), "r").json();
      expect(ERROR_TYPES[code]).toBe(answer.status);
    }
  });
});
