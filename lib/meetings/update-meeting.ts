import { getSql } from "@/lib/kernel/db/client";
import { AppError } from "@/lib/kernel/errors";
import { searchConfigFor } from "@/lib/search/ts-query";
import { getMeetingJson, getOwnedMeeting } from "./get-meeting";
import type { MeetingJson } from "./meeting-json";
import { dedupeParticipants } from "./participants";
import { renameSpeakers } from "./rename-speakers";
import { type UpdateMeetingInput, updateMeetingSchema } from "./schemas";
import { speakerRenames } from "./speaker-renames";

/**
 * Title, language, participants and speaker renames, in one transaction. Renames apply all at
 * once (a swap swaps) and reach everything that shows a speaker; renaming onto an existing name
 * merges the two.
 */
export async function updateMeeting(
  userId: string,
  meetingId: string,
  input: UpdateMeetingInput,
): Promise<MeetingJson> {
  const parsed = updateMeetingSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", "The changes are not valid.", {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  const data = parsed.data;
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
    await renameSpeakers(sql, { userId, meetingId }, speakerRenames(data.speakers));
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
