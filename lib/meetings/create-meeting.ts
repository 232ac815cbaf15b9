import { getDb } from "@/lib/db/client";
import { meetings, participants } from "@/lib/db/schema";
import { type MeetingJson, toMeetingJson } from "./meeting-json";
import { dedupeParticipants } from "./participants";
import { type CreateMeetingInput, createMeetingSchema } from "./schemas";

export async function createMeeting(userId: string, input: CreateMeetingInput): Promise<MeetingJson> {
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
