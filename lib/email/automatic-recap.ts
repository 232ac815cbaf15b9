import { getSql } from "@/lib/kernel/db/client";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import type { RecapMode } from "@/lib/users/rows";
import { loadRecapContext, queueRecaps } from "./recap-emails";

/**
 * The recap sent when a meeting becomes ready, as its owner's setting says: to the owner (default),
 * also to the participants with an email, or not at all. Sent once per meeting: the first time it
 * is ready. Becoming ready again (Regenerate, a retried analysis) sends nothing, not even to a
 * participant added since, nor again where the first one failed; the recap dialog is for that.
 */
export async function queueAutomaticRecap(meetingId: string): Promise<void> {
  // The setting, the owner a recap needs and whether one went out already, in one query.
  const [row] = await getSql()<
    {
      owner_id: string;
      recap_mode: RecapMode;
      status: string;
      email: string;
      locale: "es" | "en" | null;
      timezone: string;
      earlier: boolean;
    }[]
  >`
    select m.owner_id, u.recap_mode, m.status, u.email, u.locale, u.timezone,
      exists (
        select 1 from emails
        where meeting_id = m.id and template = 'recap' and starts_with(idempotency_key, 'recap:auto:')
      ) as earlier
    from meetings m join users u on u.id = m.owner_id
    where m.id = ${meetingId}`;
  if (!row || row.recap_mode === "off" || row.status !== "ready" || row.earlier) return;
  const owner = { id: row.owner_id, email: row.email, locale: row.locale, timezone: row.timezone };
  const context = await loadRecapContext(await getOwnedMeeting(row.owner_id, meetingId), owner);
  const recipients = [context.owner.email];
  if (row.recap_mode === "participants") {
    for (const participant of context.participants) if (participant.email) recipients.push(participant.email);
  }
  await queueRecaps(context, recipients, "automatic");
}
