import { createUser } from "@/lib/auth/create-user";
import { deleteAllMeetings } from "@/lib/meetings/delete-meeting";
import { findUserByEmail } from "@/lib/users/queries";
import { runAnalysis } from "../jobs/analyze-meeting-job";
import { createDemoMeeting } from "./create-demo-meeting";
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
  for (const demo of demoMeetings) {
    await runAnalysis(await createDemoMeeting(user.id, demo));
  }
  return { email: DEMO_EMAIL, password: DEMO_PASSWORD, meetings: demoMeetings.length };
}
