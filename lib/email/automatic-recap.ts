import { getSql } from "@/lib/kernel/db/client";
import type { RecapMode } from "@/lib/kernel/db/schema";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { loadRecapContext, queueRecaps } from "./recap-emails";

/**
 * The recap sent when a meeting becomes ready, as its owner's setting says: to the owner (default),
 * also to the participants with an email, or not at all. Sent once per meeting: the first time it
 * is ready. Becoming ready again (Regenerate, a retried analysis) sends nothing, not even to a
 * participant added since, nor again where the first one failed; the recap dialog is for that.
 */
export async function queueAutomaticRecap(meetingId: string): Promise<void> {
  const [row] = await getSql()<{ owner_id: string; recap_mode: RecapMode; status: string }[]>`
    select m.owner_id, u.recap_mode, m.status
    from meetings m join users u on u.id = m.owner_id
    where m.id = ${meetingId}`;
  if (!row || row.recap_mode === "off" || row.status !== "ready") return;
  const [earlier] = await getSql()`
    select 1 from emails
    where meeting_id = ${meetingId} and template = 'recap' and starts_with(idempotency_key, 'recap:auto:')
    limit 1`;
  if (earlier) return;
  const context = await loadRecapContext(await getOwnedMeeting(row.owner_id, meetingId));
  const recipients = [context.owner.email];
  if (row.recap_mode === "participants") {
    for (const participant of context.participants) if (participant.email) recipients.push(participant.email);
  }
  await queueRecaps(context, recipients, "automatic");
}
