// The declared rows (lib/<area>/rows.ts) against the schema the migrations build: a column added,
// dropped, renamed, made nullable or retyped in supabase/migrations without its declaration (or
// the other way round) fails here.
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { actionItemRow, dismissedActionItemRow } from "@/lib/action-items/rows";
import { idempotencyKeyRow, rateLimitRow } from "@/lib/api/rows";
import { apiKeyRow } from "@/lib/api-keys/rows";
import { chatMessageRow, chatRow, chatTokenUsageRow } from "@/lib/chat/rows";
import { emailRow, emailUnsubscribeRow } from "@/lib/email/rows";
import { insightsRow } from "@/lib/insights/rows";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { columnKind, columnName, type RowShape, rowColumns, unwrapNullable } from "@/lib/kernel/db/row-shape";
import { meetingRow, participantRow, storageDeletionRow, transcriptSegmentRow } from "@/lib/meetings/rows";
import { accountRow, userRow, userSessionRow, verificationTokenRow } from "@/lib/users/rows";
import { webhookDeliveryAttemptRow, webhookDeliveryRow, webhookRow } from "@/lib/webhooks/rows";

afterAll(closeDb);

/** Every table of the app's schema, and the row declared for it. */
const DECLARED: Record<string, RowShape> = {
  users: userRow,
  accounts: accountRow,
  verification_tokens: verificationTokenRow,
  user_sessions: userSessionRow,
  meetings: meetingRow,
  participants: participantRow,
  transcript_segments: transcriptSegmentRow,
  storage_deletions: storageDeletionRow,
  api_keys: apiKeyRow,
  idempotency_keys: idempotencyKeyRow,
  rate_limits: rateLimitRow,
  insights: insightsRow,
  action_items: actionItemRow,
  dismissed_action_items: dismissedActionItemRow,
  emails: emailRow,
  email_unsubscribes: emailUnsubscribeRow,
  webhooks: webhookRow,
  webhook_deliveries: webhookDeliveryRow,
  webhook_delivery_attempts: webhookDeliveryAttemptRow,
  chats: chatRow,
  chat_messages: chatMessageRow,
  chat_token_usage: chatTokenUsageRow,
};

/** Tables the app never reads as rows, and why. (pg-boss's own schema, `pgboss`, is not looked at.) */
const UNDECLARED: Record<string, string> = {
  minuta_migrations: "the migrator's ledger of applied files (lib/kernel/db/migrate.ts)",
};

type Column = { table: string; column: string; nullable: boolean; type: string };

async function schemaColumns(): Promise<Column[]> {
  return getSql()<Column[]>`
    select c.table_name as "table", c.column_name as "column", c.is_nullable = 'YES' as nullable,
           c.udt_name as "type"
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`;
}

const STRING_TYPES = new Set(["string", "enum", "literal"]);

/** Why a declared field can't hold what postgres.js reads from a column of this SQL type, or null. */
function typeMismatch(sqlType: string, field: z.ZodType): string | null {
  const { inner } = unwrapNullable(field);
  const zodType = inner.def.type;
  const kind = columnKind(field);
  const expect = (ok: boolean, wanted: string) =>
    ok ? null : `${sqlType} wants ${wanted}, declared ${zodType}`;
  switch (sqlType) {
    case "uuid":
    case "text":
    case "regconfig":
    case "tsvector":
      return expect(STRING_TYPES.has(zodType) && kind === undefined, "a string");
    case "date":
      return expect(zodType === "string" && kind === "date", "dateText()");
    case "timestamptz":
      return expect(zodType === "date", "a Date");
    case "int2":
    case "int4":
      return expect(zodType === "number" && kind === undefined, "a number");
    case "int8":
      return expect(zodType === "number" && kind === "int8", "int8()");
    case "bool":
      return expect(zodType === "boolean", "a boolean");
    case "json":
    case "jsonb":
      return null;
    case "_text":
    case "_uuid": {
      const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType).def.type : undefined;
      return expect(element !== undefined && STRING_TYPES.has(element), "an array of strings");
    }
    default:
      return `no rule for SQL type ${sqlType}: add one to this test`;
  }
}

/** Every difference between the tables' columns and the declared rows, as sentences. */
function drift(columns: Column[], declared: Record<string, RowShape>, undeclared: Record<string, string>) {
  const problems: string[] = [];
  const tables = new Map<string, Column[]>();
  for (const column of columns) tables.set(column.table, [...(tables.get(column.table) ?? []), column]);
  for (const [table, tableColumns] of tables) {
    const shape = declared[table];
    if (!shape) {
      if (!(table in undeclared))
        problems.push(`${table}: no row declared (nor listed as never read as rows)`);
      continue;
    }
    const fields = new Map(
      Object.entries(shape.shape).map(([key, field]) => [columnName(key), { key, field }]),
    );
    for (const column of tableColumns) {
      const declaredField = fields.get(column.column);
      if (!declaredField) {
        problems.push(`${table}.${column.column}: not declared`);
        continue;
      }
      fields.delete(column.column);
      const { nullable } = unwrapNullable(declaredField.field);
      if (nullable !== column.nullable) {
        problems.push(
          `${table}.${column.column}: ${column.nullable ? "nullable" : "not null"} in SQL, declared ${nullable ? "nullable" : "not null"}`,
        );
      }
      const mismatch = typeMismatch(column.type, declaredField.field);
      if (mismatch) problems.push(`${table}.${column.column}: ${mismatch}`);
    }
    for (const { key } of fields.values()) problems.push(`${table}: declares ${key}, which has no column`);
  }
  for (const table of Object.keys(declared))
    if (!tables.has(table)) problems.push(`${table}: declared, no such table`);
  for (const table of Object.keys(undeclared))
    if (!tables.has(table)) problems.push(`${table}: listed as undeclared, no such table`);
  return problems;
}

describe("declared rows", () => {
  it("match the migrated schema: every table, column, nullability and type", async () => {
    expect(drift(await schemaColumns(), DECLARED, UNDECLARED)).toEqual([]);
  });

  it("catch drift: a missing, extra, renamed, retyped or wrongly nullable column, an undeclared table", async () => {
    const columns = await schemaColumns();
    const drifted = meetingRow
      .omit({ origin: true, title: true, durationMs: true, startedAt: true })
      .extend({ headline: z.string(), durationMs: z.number().nullable(), startedAt: z.date() });
    const { participants: _, ...withoutParticipants } = DECLARED;
    expect(
      drift(columns, { ...withoutParticipants, meetings: drifted, gone: storageDeletionRow }, {}),
    ).toEqual([
      "meetings.title: not declared",
      "meetings.started_at: nullable in SQL, declared not null",
      "meetings.duration_ms: int8 wants int8(), declared number",
      "meetings.origin: not declared",
      "meetings: declares headline, which has no column",
      "minuta_migrations: no row declared (nor listed as never read as rows)",
      "participants: no row declared (nor listed as never read as rows)",
      "gone: declared, no such table",
    ]);
  });
});

describe("rowColumns", () => {
  it("reads rows as declared: camelCase keys, int8 as a number, date as text, arrays and jsonb parsed", async () => {
    const sql = getSql();
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, watchlist) values (${`rows-${Date.now()}@example.com`}, ${["budget"]}::text[])
      returning id`;
    const [meeting] = await sql<{ id: string }[]>`
      insert into meetings (owner_id, title, duration_ms, media_size)
      values (${user?.id ?? ""}, 'Rows', 3600000, 5000000000) returning id`;
    await sql`
      insert into action_items (meeting_id, owner_id, text, due_date)
      values (${meeting?.id ?? ""}, ${user?.id ?? ""}, 'Send the deck', '2026-12-31')`;
    const [userRead] = await sql`select ${rowColumns(sql, userRow)} from users where id = ${user?.id ?? ""}`;
    const [meetingRead] =
      await sql`select ${rowColumns(sql, meetingRow, "m")} from meetings m where m.id = ${meeting?.id ?? ""}`;
    const [itemRead] =
      await sql`select ${rowColumns(sql, actionItemRow)} from action_items where meeting_id = ${meeting?.id ?? ""}`;
    expect(userRow.parse(userRead).watchlist).toEqual(["budget"]);
    expect(meetingRow.parse(meetingRead)).toMatchObject({
      durationMs: 3_600_000,
      mediaSize: 5_000_000_000,
      title: "Rows",
    });
    expect(actionItemRow.parse(itemRead)).toMatchObject({
      dueDate: "2026-12-31",
      done: false,
      origin: "extracted",
    });
  });
});
