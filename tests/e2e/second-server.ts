import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { APP_ROLE, connectionUrl } from "@/lib/kernel/db/embedded-credentials";

const DATA = path.resolve(".data/e2e");

type Options = {
  /** Variables added to the server's environment. */
  env?: Record<string, string>;
  /** Receives each line the server writes to stdout or stderr. */
  onOutput?: (line: string) => void;
};

/** Another instance of the standalone server on the same embedded database (what a restart or a second replica is). */
export async function startSecondServer(
  port: number,
  options: Options = {},
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
      // The role the first server got from scripts/run-with-db.ts, with its generated password.
      DATABASE_URL: connectionUrl(
        APP_ROLE,
        readFileSync(path.join(DATA, "postgres-app-password"), "utf8").trim(),
        dbPort,
        "minuta",
      ),
      AUTH_SECRET: readFileSync(path.join(DATA, "auth-secret"), "utf8").trim(),
      AUTH_TRUST_HOST: "true",
      ...options.env,
    },
    stdio: options.onOutput ? ["ignore", "pipe", "pipe"] : "ignore",
  });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) options.onOutput?.(line);
    });
  }
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
