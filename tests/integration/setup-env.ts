import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, inject } from "vitest";
import { testDataDir } from "@/tests/support/test-data-dir";

// Each worker has a database of its own (global-setup.ts clones them from one migrated template),
// and a files folder of its own, so test files in parallel workers share no state.
const worker = Number(process.env.VITEST_POOL_ID ?? 1);
const databaseUrl = inject("databaseUrls")[worker - 1];
if (!databaseUrl) throw new Error(`no test database for worker ${worker}`);
process.env.DATABASE_URL = databaseUrl;
process.env.MINUTA_DATA_DIR ??= testDataDir(`files-${process.env.MINUTA_TEST_DB ?? "embedded"}-${worker}`);
// A temp folder per worker too: tests that check the code left no temp files behind would
// otherwise see another worker's (or the other database run's) files come and go.
process.env.MINUTA_TESTS_TMPDIR ??= tmpdir();
const workerTmp = testDataDir(`tmp-${process.env.MINUTA_TEST_DB ?? "embedded"}-${worker}`);
mkdirSync(workerTmp, { recursive: true });
process.env.TMPDIR = workerTmp;
// What `npm run dev` generates into .data/auth-secret; signs sessions and unsubscribe links.
process.env.AUTH_SECRET ??= "integration-tests-auth-secret-0123456789";

// Whatever a test file started (queue client, LISTEN connection, pools) ends with it, so the
// run exits on its own.
afterAll(async () => {
  const [{ stopBoss }, { closeRealtime }, { closeDb }] = await Promise.all([
    import("@/lib/kernel/jobs/queue"),
    import("@/lib/realtime/listener"),
    import("@/lib/kernel/db/client"),
  ]);
  await stopBoss();
  await closeRealtime();
  await closeDb();
});
