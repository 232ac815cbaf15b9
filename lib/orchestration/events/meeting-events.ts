import { queueAutomaticRecap } from "@/lib/email/automatic-recap";
import { logError } from "@/lib/kernel/log";

// What a status change means to other areas, after its commit. The change itself, its webhook
// deliveries, the NOTIFY live pages hear and the next job are written by lib/meetings/status.ts in
// one transaction; what is left here is best effort and never undoes the change.

/** After a meeting became ready: the automatic recap email (sent once per meeting, by its owner's setting). */
export async function announceMeetingReady(meetingId: string): Promise<void> {
  await queueAutomaticRecap(meetingId).catch((error) => logError("recap email failed", error, { meetingId }));
}
