import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { AppError } from "@/lib/kernel/errors";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { type MeetingRowWithPeople, meetingWithPeopleColumns } from "./meeting-rows";
import { type MeetingRow, meetingRow, type ParticipantRow } from "./rows";

/** A meeting the user owns; anyone else's (or a missing one) is the same 404. */
export async function getOwnedMeeting(userId: string, meetingId: string): Promise<MeetingRow> {
  const sql = getSql();
  const [meeting] = await sql<MeetingRow[]>`
    select ${rowColumns(sql, meetingRow)} from meetings where id = ${meetingId} and owner_id = ${userId} limit 1`;
  if (!meeting) throw new AppError("not_found", "No meeting with this id.");
  return meeting;
}

export async function participantsOf(meetingIds: string[]) {
  if (meetingIds.length === 0) return new Map<string, { name: string; email: string | null }[]>();
  const rows = await getSql()<Pick<ParticipantRow, "meetingId" | "name" | "email">[]>`
    select meeting_id as "meetingId", name, email from participants
    where meeting_id = any(${meetingIds}::uuid[]) order by name`;
  const byMeeting = new Map<string, { name: string; email: string | null }[]>();
  for (const row of rows) {
    const list = byMeeting.get(row.meetingId) ?? [];
    list.push({ name: row.name, email: row.email });
    byMeeting.set(row.meetingId, list);
  }
  return byMeeting;
}

/** The API's meeting object, participants included, in one query; 404 like getOwnedMeeting. */
export async function getMeetingJson(userId: string, meetingId: string): Promise<MeetingJson> {
  return (await getOwnedMeetingAndJson(userId, meetingId)).json;
}

/** The meeting row and its API object from the one query, for callers that need both. */
export async function getOwnedMeetingAndJson(
  userId: string,
  meetingId: string,
): Promise<{ meeting: MeetingRow; json: MeetingJson }> {
  const sql = getSql();
  const [row] = await sql<MeetingRowWithPeople[]>`
    select ${meetingWithPeopleColumns(sql)} from meetings m where m.id = ${meetingId} and m.owner_id = ${userId}`;
  if (!row) throw new AppError("not_found", "No meeting with this id.");
  return { meeting: row, json: toMeetingJson(row, row.people) };
}
