import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside Next.js's server bundles: in tests it is the empty module it is there.
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
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
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // The embedded server's own life cycle and credentials are tested once, in the embedded run.
          exclude:
            process.env.MINUTA_TEST_DB === "server"
              ? [
                  "tests/integration/embedded-server.test.ts",
                  "tests/integration/embedded-credentials.test.ts",
                ]
              : [],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
