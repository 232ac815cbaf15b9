import { env } from "./env";

type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", message: string, fields: Fields) {
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  if (level === "error") process.stderr.write(`${line}\n`);
  else if (env().NODE_ENV !== "test") process.stdout.write(`${line}\n`);
}

export function logInfo(message: string, fields: Fields = {}) {
  write("info", message, fields);
}

export function logWarn(message: string, fields: Fields = {}) {
  write("warn", message, fields);
}

export function logError(message: string, error: unknown, fields: Fields = {}) {
  const cause =
    error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
  write("error", message, { ...fields, ...cause });
}
