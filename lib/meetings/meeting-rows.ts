import type { Sql } from "postgres";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { type MeetingRow, meetingRow } from "./rows";

export type Person = { name: string; email: string | null };
export type MeetingRowWithPeople = MeetingRow & { people: Person[] };

/**
 * The meeting's row (`m`) and, as `people`, its participants by name, in one select list: a
 * meeting and its participants in one query.
 */
export function meetingWithPeopleColumns(sql: Sql) {
  return sql`${rowColumns(sql, meetingRow, "m")}, coalesce((
    select json_agg(json_build_object('name', p.name, 'email', p.email) order by p.name)
    from participants p where p.meeting_id = m.id), '[]'::json) as people`;
}
