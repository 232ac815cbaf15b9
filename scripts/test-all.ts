// The whole test suite, in the order that fails fastest: lint, types, unit, integration on the
// embedded server and on the PostgreSQL at 127.0.0.1:5432, production build, browser e2e.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import postgres from "postgres";

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ci = process.env.CI === "true" || process.env.CI === "1";
const only = process.argv[2];
const counts = { passed: 0, failed: 0 };

/** Runs one step; `report` counts its tests (also when it failed) before a failure ends the run. */
function run(
  title: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  report: () => void = () => {},
) {
  process.stderr.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  report();
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${title} failed\n`);
    finish(1);
  }
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
}

function finish(code: number): never {
  process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed\n`);
  process.exit(code);
}

function vitest(title: string, project: string, report: string, env: Record<string, string> = {}) {
  rmSync(report, { force: true });
  run(
    title,
    "vitest",
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${report}`],
    env,
    () => countVitest(report),
  );
}

async function serverReachable(): Promise<boolean> {
  const sql = postgres(SERVER_URL, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

mkdirSync("test-results", { recursive: true });
const want = (step: string) => !only || only === step;

if (want("lint")) {
  run("lint (biome)", "biome", ["check", "."]);
  run("lint (architecture: tiers import one way)", "npm", ["run", "-s", "lint:architecture"]);
}
if (want("typecheck")) run("typecheck (tsc --noEmit)", "tsc", ["--noEmit"]);
if (want("unit")) vitest("unit tests", "unit", "test-results/unit.json");
if (want("integration")) {
  vitest(
    "integration tests on embedded PostgreSQL",
    "integration",
    "test-results/integration-embedded.json",
    {
      MINUTA_TEST_DB: "embedded",
    },
  );
  if (await serverReachable()) {
    vitest(
      `integration tests on ${new URL(SERVER_URL).host}`,
      "integration",
      "test-results/integration-server.json",
      {
        MINUTA_TEST_DB: "server",
        TEST_DATABASE_URL: SERVER_URL,
      },
    );
  } else if (ci) {
    process.stderr.write(`\n✖ CI needs PostgreSQL at ${SERVER_URL}, and it does not answer\n`);
    finish(1);
  } else {
    process.stderr.write(
      `\n(no PostgreSQL at ${SERVER_URL}: the server run of the integration tests is left out locally)\n`,
    );
  }
}
if (want("build")) run("production build", "npm", ["run", "build"]);
if (want("e2e")) {
  rmSync("test-results/e2e-results.json", { force: true });
  run("browser tests (Playwright)", "playwright", ["test"], {}, () =>
    countPlaywright("test-results/e2e-results.json"),
  );
}
finish(0);
