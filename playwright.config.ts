// Specs import server code (the embedded database credentials): let "server-only" load here too.
import "./scripts/server-only-hook.mjs";
import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/** Playwright's own browser when it is installed; otherwise the system Chromium (Debian's package). */
function browserExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((path) =>
    existsSync(path),
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  // Spec files side by side on the one server (each test signs up its own user; the specs that start
  // a second server give it a port of their own); the tests of one file in order.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browserExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /\.mobile\.spec\.ts$/ },
    // A phone: every page must fit 390 px without scrolling sideways.
    {
      name: "mobile",
      use: { browserName: "chromium", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      testMatch: /\.mobile\.spec\.ts$/,
    },
  ],
  webServer: {
    // What Docker runs: the standalone server, on its own embedded database under .data/e2e.
    command:
      "tsx --import ./scripts/server-only-hook.mjs scripts/run-with-db.ts node .next/standalone/server.js",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      MINUTA_DATA_DIR: ".data/e2e",
      NODE_ENV: "production",
      // Every spec signs up from this one address.
      SIGN_UPS_PER_HOUR: "1000",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
