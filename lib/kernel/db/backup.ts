import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import readline from "node:readline";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { Sql } from "postgres";

const FORMAT = "minuta-backup";
const CHUNK_ROWS = 500;

/** Public tables ordered so that every table comes after the tables its foreign keys point to. */
export async function tablesInDependencyOrder(sql: Sql): Promise<string[]> {
  const tables = (
    await sql<{ name: string }[]>`
      select tablename as name from pg_tables
      where schemaname = 'public' and tablename <> 'minuta_migrations'
      order by tablename`
  ).map((row) => row.name);
  const edges = await sql<{ child: string; parent: string }[]>`
    select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public' and c.conrelid <> c.confrelid`;
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.child === table) visit(edge.parent);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** Writes every row of every public table as gzipped JSON lines; returns the row count. */
export async function backupDatabase(sql: Sql, file: string): Promise<number> {
  const tables = await tablesInDependencyOrder(sql);
  const migrations = (await sql<{ name: string }[]>`select name from minuta_migrations order by name`).map(
    (r) => r.name,
  );
  const lines = new PassThrough();
  const done = pipeline(lines, createGzip(), createWriteStream(file, { mode: 0o600 }));
  const write = async (value: unknown) => {
    if (!lines.write(`${JSON.stringify(value)}\n`)) await once(lines, "drain");
  };
  await write({ format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations, tables });
  let total = 0;
  await sql.begin("isolation level repeatable read read only", async (tx) => {
    for (const table of tables) {
      const cursor = tx`select to_jsonb(t) as row from ${tx(table)} t`.cursor(CHUNK_ROWS);
      for await (const chunk of cursor) {
        await write({ table, rows: chunk.map((entry) => entry.row) });
        total += chunk.length;
      }
    }
  });
  lines.end();
  await done;
  return total;
}

type Header = { format: string; version: number; migrations: string[]; tables: string[] };

/** Replaces the contents of every public table with a backup's rows, all in one transaction. */
export async function restoreDatabase(sql: Sql, file: string): Promise<number> {
  let header: Header | undefined;
  let total = 0;
  await sql.begin(async (tx) => {
    // Opened where it is read: lines a readline interface emits before its iterator is taken are
    // lost, and the restore then waits forever on a file already read.
    const input = readline.createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of input) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as Header | { table: string; rows: unknown[] };
      if (!header) {
        if (!("format" in record) || record.format !== FORMAT) throw new Error("not a Minuta backup file");
        header = record;
        const known = await tablesInDependencyOrder(tx as unknown as Sql);
        const unknown = header.tables.filter((table) => !known.includes(table));
        if (unknown.length)
          throw new Error(
            `backup has tables this database lacks: ${unknown.join(", ")}; run db migrate first`,
          );
        await tx.unsafe(`truncate ${known.map((table) => `"${table}"`).join(", ")} cascade`);
        continue;
      }
      if (!("table" in record)) throw new Error("corrupt backup: a line without a table");
      // jsonb_populate_recordset converts every value to its column type; generated columns are left to the database.
      const columns = await tx<{ name: string }[]>`
        select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${record.table} and is_generated = 'NEVER'
          and (identity_generation is null or identity_generation <> 'ALWAYS')`;
      const list = columns.map((column) => `"${column.name}"`).join(", ");
      await tx.unsafe(
        `insert into "${record.table}" (${list}) select ${list} from jsonb_populate_recordset(null::"${record.table}", $1::text::jsonb)`,
        [JSON.stringify(record.rows)],
      );
      total += record.rows.length;
    }
    if (!header) throw new Error("empty backup file");
  });
  return total;
}
