import { describe, expect, it } from "vitest";
import { problemResponse } from "@/lib/api/problem";

/** Errors as the drivers throw them when the database is away (node's socket errors, postgres.js, SQLSTATEs). */
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

const outages = {
  "connection refused": withCode("connect ECONNREFUSED 127.0.0.1:54329", "ECONNREFUSED"),
  "connection lost mid-query": withCode("write CONNECTION_CLOSED 127.0.0.1:54329", "CONNECTION_CLOSED"),
  "pool ended": withCode("write CONNECTION_ENDED 127.0.0.1:54329", "CONNECTION_ENDED"),
  "connect timeout": withCode("write CONNECT_TIMEOUT 127.0.0.1:54329", "CONNECT_TIMEOUT"),
  "server shut down (57P01)": withCode("terminating connection due to administrator command", "57P01"),
  "server starting up (57P03)": withCode("the database system is starting up", "57P03"),
  "wrapped by Drizzle": new Error("Failed query: select 1", {
    cause: withCode("connect ECONNREFUSED 127.0.0.1:54329", "ECONNREFUSED"),
  }),
  "node-postgres (pg-boss)": new Error("Connection terminated unexpectedly"),
};

describe("an API answer while the database is away", () => {
  for (const [name, error] of Object.entries(outages)) {
    it(`is a 503 service-unavailable with Retry-After: ${name}`, async () => {
      const response = problemResponse(error, "req-1");
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      const problem = await response.json();
      expect(problem).toMatchObject({ status: 503, title: "Service unavailable", requestId: "req-1" });
      expect(problem.type).toMatch(/service-unavailable$/);
      // The driver's message (hosts, ports) stays in the log.
      expect(JSON.stringify(problem)).not.toContain("127.0.0.1");
    });
  }

  it("stays a 500 for a database error that is a bug (a syntax error, a violated constraint)", async () => {
    expect(problemResponse(withCode('syntax error at or near "selec"', "42601"), "r").status).toBe(500);
    expect(problemResponse(withCode("duplicate key value", "23505"), "r").status).toBe(500);
    expect(problemResponse(new Error("boom"), "r").status).toBe(500);
  });
});
