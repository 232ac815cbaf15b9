import "server-only";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

const optionalUrl = z
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined));
const optionalText = z
  .string()
  .min(1)
  .optional()
  .or(z.literal("").transform(() => undefined));

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: optionalUrl,
  MINUTA_DATA_DIR: optionalText,
  MINUTA_WORKER: z.enum(["on", "off", ""]).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_LISTEN_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  AUTH_SECRET: optionalText,
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl,
  AI_BASE_URL: optionalUrl,
  AI_MODEL: optionalText,
  TRANSCRIBE_BASE_URL: optionalUrl,
  TRANSCRIBE_MODEL: optionalText,
  RESEND_API_KEY: optionalText,
  EMAIL_FROM: optionalText,
  SUPABASE_URL: optionalUrl,
  SUPABASE_SERVICE_ROLE_KEY: optionalText,
  SUPABASE_STORAGE_BUCKET: optionalText,
  NEXT_PUBLIC_SUPABASE_URL: optionalUrl,
  NEXT_PUBLIC_SUPABASE_ANON_KEY: optionalText,
  SUPABASE_JWT_SECRET: optionalText,
  REDIS_URL: optionalUrl,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_STORE: z.enum(["memory", "postgres"]).optional(),
  SIGN_UPS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  // Proxy hops in front of the server whose X-Forwarded-For is trusted, or "vercel" (see lib/kernel/http/client-ip.ts).
  TRUST_PROXY: z
    .string()
    .regex(/^(\d|vercel)$/, 'must be a number of proxies (0-9) or "vercel"')
    .optional(),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  WEBHOOKS_ALLOW_PRIVATE: booleanString,
  // Vercel Cron's Bearer token for GET /api/cron/jobs; unset, that route answers 404.
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  // Where sign-in callbacks and redirects point (next-auth's own variable; APP_URL when unset).
  AUTH_URL: optionalUrl,
  // Set to "true" by the runtime preparation: next-auth trusts the Host header (next-auth reads it itself).
  AUTH_TRUST_HOST: optionalText,
  // Where the SQL migrations are read from. Default: ./supabase/migrations
  MINUTA_MIGRATIONS_DIR: optionalText,
  // Set by the platform, not by an operator: Vercel ("1"), Next.js's build phase, the executable search path.
  VERCEL: optionalText,
  NEXT_PHASE: optionalText,
  PATH: optionalText,
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty value (a line copied from .env.example and left blank) means "not set".
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(set);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

type Key = keyof Env;
const KEYS = Object.keys(envSchema.shape) as Key[];
const lastRaw = new Map<Key, string | undefined>();
const lastValue = new Map<Key, unknown>();

/** One variable, validated; parsed again only when its text changed since the last read. */
function read(key: Key): unknown {
  const value = process.env[key];
  const raw = value === "" ? undefined : value;
  if (lastRaw.has(key) && lastRaw.get(key) === raw) return lastValue.get(key);
  const result = envSchema.shape[key].safeParse(raw);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${[key, ...issue.path].join(".")}: ${issue.message}`),
    );
  }
  lastRaw.set(key, raw);
  lastValue.set(key, result.data);
  return result.data;
}

// Each property reads its variable when asked: the CLI and the runtime preparation set variables
// after modules load (setEnv), and tests switch them between calls.
const live = Object.defineProperties(
  {},
  Object.fromEntries(KEYS.map((key) => [key, { enumerable: true, get: () => read(key) }])),
) as Env;
let checked = false;

/**
 * The validated environment: the one reader of process.env (lint rule style/noProcessEnv). The first
 * call checks every variable and names each invalid one; values are read as they are now.
 */
export function env(): Env {
  if (!checked) {
    parseEnv(process.env);
    checked = true;
  }
  return live;
}

/** Sets a variable for the rest of this process and the processes it starts (some libraries read their own). */
export function setEnv(key: Exclude<Key, "NODE_ENV">, value: string): void {
  process.env[key] = value;
}
