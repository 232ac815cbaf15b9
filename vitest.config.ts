import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside Next.js's server bundles: in tests it is the empty module it is there.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

// Files that kill, restart or time database servers: one at a time (the outage files share one
// outage server), apart from the parallel batch so its load can't slow their clocks. The CLI test
// too: each of its commands is a cold `tsx` start, which the batch's load slows past its timeouts.
const alone = [
  "tests/integration/cli.test.ts",
  "tests/integration/outage/**/*.test.ts",
  "tests/integration/embedded-server.test.ts",
  "tests/integration/embedded-credentials.test.ts",
  "tests/integration/postgres-driver-outage.test.ts",
];
// The embedded server's own life cycle and credentials are tested once, in the embedded run.
const embeddedOnly =
  process.env.MINUTA_TEST_DB === "server"
    ? ["tests/integration/embedded-server.test.ts", "tests/integration/embedded-credentials.test.ts"]
    : [];

const integration = {
  globalSetup: ["tests/integration/global-setup.ts"],
  setupFiles: ["tests/integration/setup-env.ts"],
  // next-auth imports "next/server" without an extension, which only a bundler resolves.
  server: { deps: { inline: ["next-auth", "@auth/core"] } },
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [...alone, ...embeddedOnly],
          // Files in parallel, each worker on a database of its own (global-setup.ts).
          maxWorkers: Number(process.env.MINUTA_TEST_WORKERS ?? 3),
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "integration-alone",
          include: alone,
          exclude: embeddedOnly,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
