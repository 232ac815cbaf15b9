import { describe, expect, it } from "vitest";
import { MEETING_STATUSES } from "@/lib/meetings/meeting-status";
import { canMove, statusesInto, TRANSITIONS } from "@/lib/meetings/status";

describe("DESIGN §5's status table", () => {
  it("has a row for every status and names only statuses", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...MEETING_STATUSES].sort());
    for (const targets of Object.values(TRANSITIONS)) {
      for (const to of targets) expect(MEETING_STATUSES).toContain(to);
    }
  });

  it("allows the paths DESIGN §5 describes", () => {
    const paths = [
      ["created", "live", "analyzing", "ready"],
      ["created", "uploaded", "transcribing", "analyzing", "failed"],
      ["uploaded", "awaiting_transcription", "uploaded", "transcribing", "awaiting_transcription"],
      ["created", "analyzing", "ready", "analyzing", "failed", "uploaded"],
      ["failed", "analyzing", "ready"],
    ] as const;
    for (const path of paths) {
      for (let i = 1; i < path.length; i++) {
        expect(canMove(path[i - 1] as never, path[i] as never), `${path[i - 1]} → ${path[i]}`).toBe(true);
      }
    }
  });

  it("refuses what no path allows", () => {
    expect(canMove("ready", "live")).toBe(false);
    expect(canMove("ready", "failed")).toBe(false);
    expect(canMove("live", "uploaded")).toBe(false);
    expect(canMove("failed", "ready")).toBe(false);
    expect(canMove("awaiting_transcription", "ready")).toBe(false);
    expect(statusesInto("created")).toEqual([]);
    expect(statusesInto("live")).toEqual(["created"]);
    expect(statusesInto("ready")).toEqual(["analyzing"]);
  });
});
