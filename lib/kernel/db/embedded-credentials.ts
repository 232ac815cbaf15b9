import "server-only";
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { readOrCreateLocalSecret } from "./local-secret";

// The embedded server's two roles. The owner (the cluster's superuser) runs migrations, backups and
// restores; the app connects as a role that can read and write the app's rows and run its job
// queue, and nothing else: no other database, no server files, no programs, no roles.
export const OWNER_ROLE = "postgres";
export const APP_ROLE = "minuta_app";
// pg-boss creates and drops its own tables (a partition per queue, stats) while it runs, so the
// app role owns that schema; the app's own schema only changes through migrations, as the owner.
const QUEUE_SCHEMA = "pgboss";
// Every install made before passwords were generated started its cluster with this one.
const LEGACY_PASSWORD = "minuta-local";

export type EmbeddedPasswords = { owner: string; app: string };

/** The roles' passwords, generated on first use into the data folder (mode 0600). */
export function embeddedPasswords(dir: string): EmbeddedPasswords {
  return {
    owner: readOrCreateLocalSecret(dir, "postgres-password"),
    app: readOrCreateLocalSecret(dir, "postgres-app-password"),
  };
}

export function connectionUrl(role: string, password: string, port: number, database: string): string {
  return `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** SQLSTATE 28P01: the server is there and refused the password. */
export const passwordRefused = (error: unknown) => (error as { code?: string }).code === "28P01";

const samePath = (a: string, b: string) => {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
};

/**
 * An install from before generated passwords: when the server on `port` serves `clusterDir` and
 * still takes the old fixed password, its owner gets `password` instead (nothing else changes).
 * A server of some other folder that takes the old password is left alone.
 */
export async function rotateLegacyPassword(
  port: number,
  clusterDir: string,
  password: string,
): Promise<boolean> {
  const legacy = postgres(connectionUrl(OWNER_ROLE, LEGACY_PASSWORD, port, "postgres"), {
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  });
  try {
    const [row] = await legacy<{ dir: string }[]>`select current_setting('data_directory') as dir`;
    if (!row || !samePath(row.dir, clusterDir)) return false;
    await legacy.unsafe(`alter role ${OWNER_ROLE} password ${literal(password)}`);
    // Those clusters also sent passwords in clear ("password" in pg_hba.conf); the new one is
    // stored as a SCRAM verifier, so they can ask for SCRAM as new clusters do.
    const [hba] = await legacy<{ file: string }[]>`select current_setting('hba_file') as file`;
    if (hba) {
      const rules = readFileSync(hba.file, "utf8");
      const scram = rules.replace(/^(\s*(?:local|host\w*)\s.*\s)password(\s*)$/gm, "$1scram-sha-256$2");
      if (scram !== rules) {
        writeFileSync(hba.file, scram);
        await legacy`select pg_reload_conf()`;
      }
    }
    return true;
  } catch (error) {
    if (passwordRefused(error)) return false;
    throw error;
  } finally {
    await legacy.end({ timeout: 1 });
  }
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Creates (or brings up to date) the app's role in `database`, connected as the owner: it reads
 * and writes every table and sequence of the app's schema, today's and those later migrations
 * create (default privileges), and owns the job queue's schema. It bypasses row-level security,
 * like the owner it replaces: the policies guard Supabase's client roles, and the app checks
 * ownership in every query itself.
 */
export async function provisionAppRole(ownerUrl: string, password: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      // Two processes starting at once (app and worker) would race to create the role.
      await tx`select pg_advisory_xact_lock(727002)`;
      const [exists] = await tx`select 1 from pg_roles where rolname = ${APP_ROLE}`;
      if (!exists) await tx.unsafe(`create role ${APP_ROLE}`);
      await tx.unsafe(
        `alter role ${APP_ROLE} with login nosuperuser nocreatedb nocreaterole noreplication bypassrls password ${literal(password)}`,
      );
      const database = (await tx<{ name: string }[]>`select current_database() as name`)[0]?.name;
      // CREATE because pg-boss runs `create schema if not exists` at every start, which PostgreSQL
      // checks against that privilege even when the schema is there.
      await tx.unsafe(`grant connect, temporary, create on database "${database}" to ${APP_ROLE}`);
      await tx.unsafe(`
        grant usage on schema public to ${APP_ROLE};
        grant select, insert, update, delete on all tables in schema public to ${APP_ROLE};
        grant usage, select, update on all sequences in schema public to ${APP_ROLE};
        alter default privileges for role ${OWNER_ROLE} in schema public
          grant select, insert, update, delete on tables to ${APP_ROLE};
        alter default privileges for role ${OWNER_ROLE} in schema public
          grant usage, select, update on sequences to ${APP_ROLE};
        create schema if not exists ${QUEUE_SCHEMA} authorization ${APP_ROLE};
        alter schema ${QUEUE_SCHEMA} owner to ${APP_ROLE};`);
      await tx.unsafe(handOverQueueSchema);
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// What pg-boss installed while connected as the owner (every install before the app role, or a CLI
// command) becomes the app role's, so the queue can keep managing its own tables. Tables first:
// a sequence that belongs to a table column changes owner with its table.
const handOverQueueSchema = `
do $$
declare
  item record;
begin
  for item in
    select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = '${QUEUE_SCHEMA}' and c.relkind in ('r', 'p')
      and c.relowner <> '${APP_ROLE}'::regrole
  loop
    execute format('alter table %s owner to ${APP_ROLE}', item.name);
  end loop;
  for item in
    select c.oid::regclass as name, c.relkind as kind from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = '${QUEUE_SCHEMA}' and c.relkind in ('S', 'v', 'm')
      and c.relowner <> '${APP_ROLE}'::regrole
  loop
    execute format(
      'alter %s %s owner to ${APP_ROLE}',
      case item.kind when 'S' then 'sequence' when 'v' then 'view' else 'materialized view' end,
      item.name
    );
  end loop;
  for item in
    select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = '${QUEUE_SCHEMA}' and p.proowner <> '${APP_ROLE}'::regrole
  loop
    execute format('alter routine %s owner to ${APP_ROLE}', item.name);
  end loop;
  for item in
    select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = '${QUEUE_SCHEMA}' and t.typtype = 'e' and t.typowner <> '${APP_ROLE}'::regrole
  loop
    execute format('alter type %s owner to ${APP_ROLE}', item.name);
  end loop;
end
$$;`;
