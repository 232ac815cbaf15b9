import type { Sql } from "postgres";
import type { Meeting } from "@/lib/kernel/db/schema";
import type { Reason } from "@/lib/kernel/reasons";

/** A meetings row as raw SQL returns it (snake_case, bigints as strings). */
type MeetingRow = {
  id: string;
  owner_id: string;
  title: string;
  status: Meeting["status"];
  source: Meeting["source"];
  language: Meeting["language"];
  template: string;
  started_at: Date | null;
  ended_at: Date | null;
  duration_ms: string | null;
  media_key: string | null;
  media_mime: string | null;
  media_size: string | null;
  error: Reason | null;
  origin: string | null;
  created_at: Date;
  updated_at: Date;
};

export function meetingFromRow(row: MeetingRow): Meeting {
  return {
    id: row.id,
    ownerId: row.owner_id,
    title: row.title,
    status: row.status,
    source: row.source,
    language: row.language,
    template: row.template,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
    mediaKey: row.media_key,
    mediaMime: row.media_mime,
    mediaSize: row.media_size === null ? null : Number(row.media_size),
    error: row.error,
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type Person = { name: string; email: string | null };
export type MeetingRowWithPeople = MeetingRow & { people: Person[] };

/** `people`: the meeting's participants by name, fetched in the same query as the meeting row. */
export function peopleColumn(sql: Sql) {
  return sql`coalesce((
    select json_agg(json_build_object('name', p.name, 'email', p.email) order by p.name)
    from participants p where p.meeting_id = m.id), '[]'::json) as people`;
}
