import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const DATA = path.resolve(".data/e2e");

/** Another instance of the standalone server on the same embedded database (what a restart or a second replica is). */
export async function startSecondServer(
  port: number,
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { port: dbPort } = JSON.parse(readFileSync(path.join(DATA, "postgres.json"), "utf8")) as {
    port: number;
  };
  const child: ChildProcess = spawn(process.execPath, [".next/standalone/server.js"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
      MINUTA_DATA_DIR: DATA,
      MINUTA_WORKER: "off",
      DATABASE_URL: `postgres://postgres:minuta-local@127.0.0.1:${dbPort}/minuta`,
      AUTH_SECRET: readFileSync(path.join(DATA, "auth-secret"), "utf8").trim(),
      AUTH_TRUST_HOST: "true",
      ...env,
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}
