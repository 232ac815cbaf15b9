import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb, getSql } from "@/lib/kernel/db/client";
import { type Meeting, meetings, participants } from "@/lib/kernel/db/schema";
import { AppError } from "@/lib/kernel/errors";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { type MeetingRowWithPeople, meetingFromRow, peopleColumn } from "./meeting-rows";

/** A meeting the user owns; anyone else's (or a missing one) is the same 404. */
export async function getOwnedMeeting(userId: string, meetingId: string): Promise<Meeting> {
  const [meeting] = await getDb()
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.ownerId, userId)))
    .limit(1);
  if (!meeting) throw new AppError("not_found", "No meeting with this id.");
  return meeting;
}

export async function participantsOf(meetingIds: string[]) {
  if (meetingIds.length === 0) return new Map<string, { name: string; email: string | null }[]>();
  const rows = await getDb()
    .select()
    .from(participants)
    .where(inArray(participants.meetingId, meetingIds))
    .orderBy(asc(participants.name));
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
): Promise<{ meeting: Meeting; json: MeetingJson }> {
  const sql = getSql();
  const [row] = await sql<MeetingRowWithPeople[]>`
    select m.*, ${peopleColumn(sql)} from meetings m where m.id = ${meetingId} and m.owner_id = ${userId}`;
  if (!row) throw new AppError("not_found", "No meeting with this id.");
  const meeting = meetingFromRow(row);
  return { meeting, json: toMeetingJson(meeting, row.people) };
}
