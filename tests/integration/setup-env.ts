import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.MINUTA_DATA_DIR ??= ".data/test-files";
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
