import { closeDb, getSql } from "@/lib/kernel/db/client";
import { openBenchDatabase } from "./bench-db";
import { loadChatBenchmark } from "./qmsum-chat";

/**
 * The database bench/chat/run.ts loaded, opened again for a tool that asks it directly: the bench
 * user, its meetings by title, the val queries, and how to close it all.
 */
export async function openLoadedBench() {
  const bench = await openBenchDatabase();
  process.env.DATABASE_URL = bench.url;
  const sql = getSql();
  const [user] = await sql<{ id: string }[]>`select id from users where email = 'bench@example.test'`;
  const userId = (user as { id: string }).id;
  const rows = await sql<
    { id: string; title: string }[]
  >`select id, title from meetings where owner_id = ${userId}`;
  const close = async () => {
    await closeDb();
    await bench.server.stop();
  };
  return {
    userId,
    ids: new Map(rows.map((row) => [row.title, row.id])),
    queries: loadChatBenchmark().queries,
    close,
  };
}
