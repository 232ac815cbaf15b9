import type { TransactionSql } from "postgres";
import { recordWebhookEvents } from "@/lib/webhooks/dispatch";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import type { MeetingRow } from "./rows";

type MeetingState = { owner_id: string; changed: string; version: number };

/**
 * The meeting as an event's `data`, read inside the transaction that records the event: it shows
 * the change that transaction makes (a meeting that is `ready`), which a read on another
 * connection would not see until the commit.
 */
async function meetingEventData(tx: TransactionSql, meetingId: string): Promise<MeetingJson | null> {
  const [meeting] = await tx<MeetingRow[]>`
    select id, owner_id as "ownerId", title, status, source, language, template,
           started_at as "startedAt", ended_at as "endedAt", duration_ms::float8 as "durationMs",
           media_key as "mediaKey", media_mime as "mediaMime", media_size::float8 as "mediaSize",
           error, created_at as "createdAt", updated_at as "updatedAt"
    from meetings where id = ${meetingId}`;
  if (!meeting) return null;
  const people = await tx<{ name: string; email: string | null }[]>`
    select name, email from participants where meeting_id = ${meetingId} order by name`;
  return toMeetingJson(meeting, people);
}

/**
 * Records meeting.ready or meeting.failed in the caller's transaction (lib/meetings/status.ts, as
 * it makes the change). Once per occurrence: meeting.ready once per analysis version,
 * meeting.failed once per failure (the meeting's update time identifies it). Returns how many
 * deliveries were queued.
 */
export async function recordMeetingEvent(
  tx: TransactionSql,
  meetingId: string,
  type: "meeting.ready" | "meeting.failed",
): Promise<number> {
  const [meeting] = await tx<MeetingState[]>`
    select m.owner_id, (extract(epoch from m.updated_at) * 1000000)::bigint::text as changed,
           coalesce((select version from insights i where i.meeting_id = m.id), 0) as version
    from meetings m where m.id = ${meetingId}`;
  if (!meeting) return 0;
  const key =
    type === "meeting.ready"
      ? `${type}:${meetingId}:v${meeting.version}`
      : `${type}:${meetingId}:${meeting.changed}`;
  return recordWebhookEvents(tx, meeting.owner_id, [
    { type, key, data: () => meetingEventData(tx, meetingId) },
  ]);
}
