import { getDb } from "@/lib/kernel/db/client";
import { meetings, participants } from "@/lib/kernel/db/schema";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { dedupeParticipants } from "./participants";
import { type CreateMeetingInput, createMeetingSchema } from "./schemas";

/** `origin`: where the creating request came to, kept for links in emails sent later by jobs. */
export async function createMeeting(
  userId: string,
  input: CreateMeetingInput,
  origin?: string,
): Promise<MeetingJson> {
  const data = createMeetingSchema.parse(input);
  const people = dedupeParticipants(data.participants);
  return getDb().transaction(async (tx) => {
    const [meeting] = await tx
      .insert(meetings)
      .values({
        ownerId: userId,
        title: data.title,
        language: data.language,
        source: data.source,
        template: data.template,
        status: "created",
        origin: origin ?? null,
      })
      .returning();
    if (!meeting) throw new Error("insert returned no meeting");
    if (people.length) {
      await tx
        .insert(participants)
        .values(people.map((p) => ({ meetingId: meeting.id, name: p.name, email: p.email })));
    }
    return toMeetingJson(meeting, people);
  });
}
