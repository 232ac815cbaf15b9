import { describe, expect, it } from "vitest";
import { parseArgs, requireFlags, UsageError } from "@/cli/parse-args";

describe("CLI argument parsing", () => {
  it("reads --flag value and --flag=value alike", () => {
    expect(parseArgs(["user", "create", "--email", "a@b.co", "--password=secret123"])).toEqual({
      positionals: ["user", "create"],
      flags: { email: "a@b.co", password: "secret123" },
    });
  });

  it("keeps '=' inside values", () => {
    expect(parseArgs(["--password=a=b=c"]).flags.password).toBe("a=b=c");
  });

  it("refuses a flag with no value", () => {
    expect(() => parseArgs(["user", "create", "--email"])).toThrow(UsageError);
    expect(() => parseArgs(["--email", "--password", "x"])).toThrow(/--email needs a value/);
  });

  it("reports missing and unknown flags as usage errors", () => {
    expect(() => requireFlags({ email: "a@b.co" }, ["email", "password"])).toThrow(/missing --password/);
    expect(() => requireFlags({ email: "a@b.co", colour: "x" }, ["email"])).toThrow(/unknown flag --colour/);
    expect(requireFlags({ email: "a@b.co", name: "Ana" }, ["email"], ["name"])).toEqual({
      email: "a@b.co",
      name: "Ana",
    });
  });
});
