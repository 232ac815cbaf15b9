// Runs a command (next dev, the standalone server, the worker) with Minuta's runtime prepared:
// the embedded database started or reused, migrations applied, secrets in place.
import { spawn } from "node:child_process";
import { prepareRuntime } from "@/lib/kernel/db/prepare-runtime";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("usage: tsx scripts/run-with-db.ts <command> [args...]\n");
  process.exit(2);
}

const { embedded } = await prepareRuntime();
if (embedded?.startedHere)
  process.stderr.write(`minuta: embedded PostgreSQL ready (${new URL(embedded.url).port})\n`);

const child = spawn(command, args, { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", async (code, signal) => {
  await embedded?.stop().catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
