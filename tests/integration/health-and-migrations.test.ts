import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { migrate } from "@/lib/kernel/db/migrate";
import { healthReport } from "@/lib/orchestration/health";
import { expectAllHealthChecks } from "@/tests/support/health";

afterAll(closeDb);

describe("health", () => {
  it("reports all six checks with the database up", async () => {
    const report = await healthReport();
    expectAllHealthChecks(report.checks);
    expect(report.checks.db).toBe("ok");
    for (const state of Object.values(report.checks)) expect(["ok", "down", "unconfigured"]).toContain(state);
    expect(report.status).toBe(Object.values(report.checks).includes("down") ? "degraded" : "ok");
  });
});

describe("migrations", () => {
  it("apply once and are a no-op the second time", async () => {
    expect(await migrate(getSql())).toEqual([]);
    const [row] = await getSql()`select count(*)::int as n from minuta_migrations`;
    expect(row?.n).toBeGreaterThan(0);
  });
});
