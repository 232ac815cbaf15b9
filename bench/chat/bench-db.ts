import path from "node:path";
import postgres from "postgres";
import { type EmbeddedDatabase, ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";

const DIR = path.resolve(".data/bench-chat");
const DATABASE = "minuta_bench_chat";

/** The benchmark's own embedded server (under .data/bench-chat) and its own database in it. */
export async function openBenchDatabase(
  database = DATABASE,
): Promise<{ url: string; server: EmbeddedDatabase }> {
  const server = await ensureEmbeddedDatabase(DIR);
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${database}`;
    if (rows.length === 0) await admin.unsafe(`create database ${database}`);
  } finally {
    await admin.end({ timeout: 1 });
  }
  return { url: server.url.replace(/\/[^/]+$/, `/${database}`), server };
}
