import type { Sql } from "postgres";
import { z } from "zod";

/**
 * How a table's row is declared: one zod object per table, in its area (`lib/<area>/rows.ts`),
 * keyed by the camelCase of each column name (`owner_id` → `ownerId`). Queries select it with
 * `rowColumns` and are typed with its inferred type; tests/integration/row-shapes.test.ts fails
 * when a declaration and the migrated schema (supabase/migrations) drift apart.
 */
export type RowShape = z.ZodObject<Record<string, z.ZodType>>;

type ColumnKind = "int8" | "date";

/** A bigint (int8) column, read as a number (postgres.js alone would hand it over as a string). */
export const int8 = () => z.number().meta({ column: "int8" satisfies ColumnKind });

/** A date column, read as its 'YYYY-MM-DD' text (postgres.js alone would make it a Date at local midnight). */
export const dateText = () => z.string().meta({ column: "date" satisfies ColumnKind });

/** The column a row key stands for: `ownerId` → `owner_id`. */
export const columnName = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The field without its `.nullable()` wrapper, and whether it had one. */
export function unwrapNullable(field: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  return field instanceof z.ZodNullable
    ? { inner: field.unwrap() as z.ZodType, nullable: true }
    : { inner: field, nullable: false };
}

/** `int8` or `date` for the fields declared with those helpers. */
export function columnKind(field: z.ZodType): ColumnKind | undefined {
  const column = unwrapNullable(field).inner.meta()?.column;
  return column === "int8" || column === "date" ? column : undefined;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

// Each shape's list, built once per table alias: walking the zod shape (and its metadata) on every
// query cost more than the rest of building the query.
const lists = new WeakMap<RowShape, Map<string, string>>();

function columnList(shape: RowShape, table?: string): string {
  let byTable = lists.get(shape);
  if (!byTable) {
    byTable = new Map();
    lists.set(shape, byTable);
  }
  let list = byTable.get(table ?? "");
  if (list === undefined) {
    const prefix = table ? `${quote(table)}.` : "";
    list = Object.entries(shape.shape)
      .map(([key, field]) => {
        const column = prefix + quote(columnName(key));
        const kind = columnKind(field);
        const value = kind === "int8" ? `${column}::float8` : kind === "date" ? `${column}::text` : column;
        return `${value} as ${quote(key)}`;
      })
      .join(", ");
    byTable.set(table ?? "", list);
  }
  return list;
}

/**
 * The select (or `returning`) list of a declared row: every column, under its camelCase key, int8
 * as a number and date as text, e.g. `select ${rowColumns(sql, meetingRow, "m")} from meetings m`.
 */
export function rowColumns(sql: Pick<Sql, "unsafe">, shape: RowShape, table?: string) {
  return sql.unsafe(columnList(shape, table));
}
