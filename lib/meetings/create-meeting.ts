import { getSql } from "@/lib/kernel/db/client";
import { rowColumns } from "@/lib/kernel/db/row-shape";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { dedupeParticipants } from "./participants";
import { type MeetingRow, meetingRow } from "./rows";
import { type CreateMeetingInput, createMeetingSchema } from "./schemas";

/** `origin`: where the creating request came to, kept for links in emails sent later by jobs. */
export async function createMeeting(
  userId: string,
  input: CreateMeetingInput,
  origin?: string,
): Promise<MeetingJson> {
  const data = createMeetingSchema.parse(input);
  const people = dedupeParticipants(data.participants);
  return getSql().begin(async (tx) => {
    const [meeting] = await tx<MeetingRow[]>`
      insert into meetings (owner_id, title, language, source, template, status, origin)
      values (${userId}, ${data.title}, ${data.language}, ${data.source}, ${data.template}, 'created', ${origin ?? null})
      returning ${rowColumns(tx, meetingRow)}`;
    if (!meeting) throw new Error("insert returned no meeting");
    if (people.length) {
      await tx`
        insert into participants ${tx(people.map((p) => ({ meeting_id: meeting.id, name: p.name, email: p.email })))}`;
    }
    return toMeetingJson(meeting, people);
  });
}
