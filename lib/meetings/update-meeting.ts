import { getSql } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { searchConfigFor } from "@/lib/search/ts-query";
import { getMeetingJson, getOwnedMeeting } from "./get-meeting";
import type { MeetingJson } from "./meeting-json";
import { dedupeParticipants } from "./participants";
import { type UpdateMeetingInput, updateMeetingSchema } from "./schemas";

/**
 * Title, language, participants and speaker renames, in one transaction. A rename changes the
 * speaker on every segment and the participant list; renaming onto an existing name merges them.
 */
export async function updateMeeting(
  userId: string,
  meetingId: string,
  input: UpdateMeetingInput,
): Promise<MeetingJson> {
  const data = updateMeetingSchema.parse(input);
  await getOwnedMeeting(userId, meetingId);
  await getSql().begin(async (sql) => {
    const [locked] =
      await sql`select id from meetings where id = ${meetingId} and owner_id = ${userId} for update`;
    if (!locked) throw new AppError("not_found", "No meeting with this id.");
    if (data.title !== undefined || data.language !== undefined) {
      await sql`
        update meetings set
          title = coalesce(${data.title ?? null}, title),
          language = coalesce(${data.language ?? null}, language),
          updated_at = now()
        where id = ${meetingId}`;
    }
    if (data.language && data.language !== "auto") {
      await sql`update transcript_segments set search_config = ${searchConfigFor(data.language)}::regconfig where meeting_id = ${meetingId}`;
    }
    for (const [from, to] of Object.entries(data.speakers ?? {})) {
      if (from === to) continue;
      await sql`update transcript_segments set speaker = ${to} where meeting_id = ${meetingId} and speaker = ${from}`;
      const [old] =
        await sql`delete from participants where meeting_id = ${meetingId} and name = ${from} returning email`;
      await sql`
        insert into participants (meeting_id, name, email) values (${meetingId}, ${to}, ${old?.email ?? null})
        on conflict (meeting_id, name) do update set email = coalesce(participants.email, excluded.email)`;
    }
    if (data.participants) {
      const people = dedupeParticipants(data.participants);
      await sql`delete from participants where meeting_id = ${meetingId}`;
      for (const person of people) {
        await sql`insert into participants (meeting_id, name, email) values (${meetingId}, ${person.name}, ${person.email})`;
      }
    }
  });
  return getMeetingJson(userId, meetingId);
}
