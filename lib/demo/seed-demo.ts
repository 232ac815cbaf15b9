import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getSql } from "@/lib/db/client";
import { importTranscript } from "@/lib/ingest/import-transcript";
import { analyzeMeeting } from "@/lib/insights/analyze-meeting";
import { createMeeting } from "@/lib/meetings/create-meeting";
import { deleteAllMeetings } from "@/lib/meetings/delete-meeting";
import { createUser } from "@/lib/users/create-user";
import { findUserByEmail } from "@/lib/users/queries";
import { demoMeetings } from "./meetings";

export const DEMO_EMAIL = "demo@minuta.local";
export const DEMO_PASSWORD = "minuta-demo";

/**
 * A demo user with realistic Spanish and English meetings, stored through the same import path
 * as uploads. Running it again replaces the demo user's meetings.
 */
export async function seedDemo(): Promise<{ email: string; password: string; meetings: number }> {
  const existing = await findUserByEmail(DEMO_EMAIL);
  const user =
    existing ??
    (await createUser({ email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo", locale: "es" }));
  await deleteAllMeetings(user.id);
  const dir = await mkdtemp(path.join(tmpdir(), "minuta-demo-"));
  try {
    for (const demo of demoMeetings) {
      const meeting = await createMeeting(user.id, {
        title: demo.title,
        language: demo.language,
        participants: demo.participants,
        source: "upload",
      });
      const file = path.join(dir, `${meeting.id}.txt`);
      await writeFile(file, demo.transcript);
      await importTranscript({ id: meeting.id, language: demo.language }, file);
      const started = new Date();
      started.setUTCDate(started.getUTCDate() - demo.daysAgo);
      started.setUTCHours(demo.startHourUtc, 0, 0, 0);
      await getSql()`
        update meetings set started_at = ${started}, template = ${demo.template},
          ended_at = ${started}::timestamptz + (duration_ms || ' milliseconds')::interval,
          created_at = ${started}
        where id = ${meeting.id}`;
      await analyzeMeeting(meeting.id);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { email: DEMO_EMAIL, password: DEMO_PASSWORD, meetings: demoMeetings.length };
}
