import { expect } from "vitest";

/** GET /api/health always reports these six checks, whatever their state (DESIGN §5). */
export function expectAllHealthChecks(checks: Record<string, unknown>) {
  expect(Object.keys(checks).sort()).toEqual(["ai", "db", "email", "queue", "storage", "transcription"]);
}
