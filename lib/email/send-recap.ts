import { z } from "zod";
import { AppError } from "@/lib/kernel/errors";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import { allowedRecipients, loadRecapContext, queueRecaps, type RecapOutcome } from "./recap-emails";

export const MAX_RECAP_RECIPIENTS = 50;

export const sendRecapBodySchema = z
  .object({
    to: z
      .array(z.email({ message: "must be an email address" }).max(254))
      .min(1, { message: "name at least one recipient, or leave `to` out" })
      .max(MAX_RECAP_RECIPIENTS)
      .optional(),
  })
  .strict();

/**
 * Emails a ready meeting's recap on demand. Only the owner and the meeting's participants can be
 * recipients; without `to`, every participant with an email gets it.
 */
export async function sendRecap(
  userId: string,
  meetingId: string,
  to?: string[],
  origin?: string,
): Promise<RecapOutcome> {
  const meeting = await getOwnedMeeting(userId, meetingId);
  if (meeting.status !== "ready") {
    throw new AppError(
      "conflict",
      `The meeting is ${meeting.status}; its recap can be sent once it is ready.`,
    );
  }
  const context = await loadRecapContext(meeting);
  const allowed = allowedRecipients(context);
  let recipients: string[];
  if (to) {
    recipients = to.map((email) => email.trim().toLowerCase());
    const refused = recipients
      .map((email, index) => ({ email, index }))
      .filter(({ email }) => !allowed.has(email));
    if (refused.length > 0) {
      throw new AppError(
        "validation",
        `${refused.map(({ email }) => email).join(", ")} ${refused.length === 1 ? "is" : "are"} neither the owner nor a participant of this meeting.`,
        {
          errors: refused.map(({ email, index }) => ({
            path: `to.${index}`,
            message: `${email} is neither the owner nor a participant of this meeting`,
          })),
        },
      );
    }
  } else {
    recipients = context.participants.flatMap((participant) =>
      participant.email ? [participant.email] : [],
    );
    if (recipients.length === 0) {
      throw new AppError(
        "validation",
        "No participant of this meeting has an email address; name them in `to`.",
        {
          errors: [{ path: "to", message: "no participant has an email address" }],
        },
      );
    }
  }
  return queueRecaps(context, recipients, "on_demand", origin);
}
