// The whole test suite, in the order that fails fastest: lint, types, unit, integration on the
// embedded server and on the PostgreSQL at 127.0.0.1:5432, production build, browser e2e.
// The integration runs mostly wait (on PostgreSQL, timers, child processes), so the production
// build runs beside them, and so do the two database runs, each its output kept to show whole.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import postgres from "postgres";

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const ci = process.env.CI === "true" || process.env.CI === "1";
const only = process.argv[2];
const counts = { passed: 0, failed: 0 };
const began = performance.now();

const running = new Set<ChildProcess>();

type Step = { title: string; command: string; args: string[]; env?: Record<string, string> };

const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

/**
 * Runs one step and resolves with its exit code. With `log`, its output goes to that file and is
 * shown whole when it ends (steps running side by side don't interleave); otherwise straight through.
 */
function start(step: Step, log?: string): Promise<number> {
  const started = performance.now();
  if (!log) process.stderr.write(`\n▶ ${step.title}\n`);
  else process.stderr.write(`\n▶ ${step.title} (started; its output follows when it ends)\n`);
  const child = spawn(step.command, step.args, {
    stdio: log ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, ...step.env },
  });
  running.add(child);
  if (log) {
    const file = createWriteStream(log);
    child.stdout?.pipe(file, { end: false });
    child.stderr?.pipe(file, { end: false });
    child.once("exit", () => file.end());
  }
  return new Promise((resolve) => {
    child.once("error", () => resolve(1));
    child.once("close", (code) => {
      running.delete(child);
      if (log) {
        process.stderr.write(`\n▶ ${step.title}: its output\n`);
        process.stderr.write(readFileSync(log, "utf8"));
      }
      process.stderr.write(`\n■ ${step.title}: ${elapsed(started)}\n`);
      resolve(code ?? 1);
    });
  });
}

/** Ends the run when a step failed; `report` counts its tests (also when it failed) first. */
function check(title: string, code: number, report: () => void = () => {}) {
  report();
  if (code !== 0) {
    process.stderr.write(`\n✖ ${title} failed\n`);
    finish(1);
  }
}

async function run(step: Step, report?: () => void) {
  check(step.title, await start(step), report);
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
  // A step still running beside the one that failed (the build) goes with the run.
  for (const child of running) child.kill("SIGTERM");
  process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed (${elapsed(began)})\n`);
  process.exit(code);
}

function vitest(title: string, projects: string[], report: string, env: Record<string, string> = {}): Step {
  rmSync(report, { force: true });
  return {
    title,
    command: "vitest",
    args: [
      "run",
      ...projects.flatMap((project) => ["--project", project]),
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${report}`,
    ],
    env,
  };
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
  await run({ title: "lint (biome)", command: "biome", args: ["check", "."] });
  await run({
    title: "lint (architecture: tiers import one way)",
    command: "npm",
    args: ["run", "-s", "lint:architecture"],
  });
}
if (want("typecheck")) await run({ title: "typecheck (tsc --noEmit)", command: "tsc", args: ["--noEmit"] });
if (want("unit")) {
  const report = "test-results/unit.json";
  await run(vitest("unit tests", ["unit"], report), () => countVitest(report));
}

// Side by side from here: the production build (CPU) and the integration runs (mostly waiting).
const build: Step = { title: "production build", command: "npm", args: ["run", "build"] };
const building = want("build") ? start(build, only ? undefined : "test-results/build.log") : undefined;

if (want("integration")) {
  const runs: { step: Step; report: string }[] = [];
  const integration = ["integration", "integration-alone"];
  const embedded = "test-results/integration-embedded.json";
  runs.push({
    step: vitest("integration tests on embedded PostgreSQL", integration, embedded, {
      MINUTA_TEST_DB: "embedded",
    }),
    report: embedded,
  });
  if (await serverReachable()) {
    const server = "test-results/integration-server.json";
    runs.push({
      step: vitest(`integration tests on ${new URL(SERVER_URL).host}`, integration, server, {
        MINUTA_TEST_DB: "server",
        TEST_DATABASE_URL: SERVER_URL,
      }),
      report: server,
    });
  } else if (ci) {
    process.stderr.write(`\n✖ CI needs PostgreSQL at ${SERVER_URL}, and it does not answer\n`);
    finish(1);
  } else {
    process.stderr.write(
      `\n(no PostgreSQL at ${SERVER_URL}: the server run of the integration tests is left out locally)\n`,
    );
  }
  const side = runs.length > 1 || building !== undefined;
  const codes = await Promise.all(
    runs.map(({ step, report }) => start(step, side ? report.replace(/\.json$/, ".log") : undefined)),
  );
  for (const { report } of runs) countVitest(report);
  runs.forEach(({ step }, i) => {
    check(step.title, codes[i] as number);
  });
}
if (building) check(build.title, await building);
if (want("e2e")) {
  const report = "test-results/e2e-results.json";
  rmSync(report, { force: true });
  await run({ title: "browser tests (Playwright)", command: "playwright", args: ["test"] }, () =>
    countPlaywright(report),
  );
}
finish(0);
