import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Where the integration tests keep their servers and files: outside the checkout's `.data/`, which
 * `next build` reads for its standalone output (npm test builds while the integration tests run).
 * One folder per checkout, so its embedded server is reused run after run.
 */
export function testDataDir(name: string): string {
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12);
  // The system's temp folder, not a worker's own (setup-env.ts gives each worker one as TMPDIR).
  const base = process.env.MINUTA_TESTS_TMPDIR ?? tmpdir();
  return path.join(base, `minuta-tests-${checkout}`, name);
}
