import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadHistory } from "@/app/(app)/meetings/load-history";
import { AppError } from "@/lib/kernel/errors";

describe("loading the history for the meetings page", () => {
  it("passes the result through", async () => {
    expect(await loadHistory(async () => [1, 2])).toEqual({ ok: true, data: [1, 2] });
  });

  it("calls a request that can't be run invalid, not empty", async () => {
    expect(await loadHistory(async () => z.string().parse(1))).toEqual({ ok: false, problem: "invalid" });
    expect(
      await loadHistory(async () => {
        throw new AppError("validation", "bad cursor");
      }),
    ).toEqual({ ok: false, problem: "invalid" });
  });

  it("calls anything else a failure to retry, not an empty history", async () => {
    const failed = await loadHistory(async () => {
      throw new Error("connection refused");
    });
    expect(failed).toEqual({ ok: false, problem: "failed" });
  });
});
