// Starts the production (standalone) server on its own embedded database for a benchmark, with a
// user and an API key, and samples the server's resident memory.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { migrate } from "@/lib/kernel/db/migrate";

export type BenchServer = {
  url: string;
  key: string;
  pid: number;
  rssMb: () => number;
  stop: () => Promise<void>;
};

export async function startBenchServer(
  name: string,
  port: number,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  if (!existsSync(".next/standalone/server.js")) throw new Error("run `npm run build` first");
  const dir = path.resolve(`.data/${name}`);
  const embedded = await ensureEmbeddedDatabase(dir);
  process.env.DATABASE_URL = embedded.url;
  process.env.MINUTA_DATA_DIR = dir;
  await migrate(getSql());
  const email = `${name}@example.test`;
  await getSql()`insert into users (email) values (${email}) on conflict do nothing`;
  const [user] = await getSql()<{ id: string }[]>`select id from users where email = ${email}`;
  const { key } = await createApiKey(user!.id, { name });
  const child: ChildProcess = spawn(process.execPath, [".next/standalone/server.js"], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
      DATABASE_URL: embedded.appUrl,
      MINUTA_DATA_DIR: dir,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      AUTH_TRUST_HOST: "true",
      RATE_LIMIT_PER_MINUTE: "100000000",
      MINUTA_WORKER: env.MINUTA_WORKER ?? "off",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${url}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid as number;
  return {
    url,
    key,
    pid,
    rssMb: () => {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await closeDb();
      await embedded.stop();
    },
  };
}
