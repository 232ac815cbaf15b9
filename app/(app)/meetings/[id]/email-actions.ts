"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { sendRecap } from "@/lib/email/send-recap";
import { emailStatuses, watchedEmailIdsSchema } from "@/lib/email/sent-emails";
import { AppError, isAppError } from "@/lib/kernel/errors";
import { requestOrigin } from "@/lib/kernel/http/app-url";

const sendRecapInput = z.object({
  meetingId: z.uuid(),
  to: z.array(z.string().trim().max(254)).max(50),
  /** The signed-in owner's own address, which the page doesn't hand to the browser. */
  includeMe: z.boolean(),
});

/** The meeting page's "Email recap": the same rules as the API (owner and participants only, ready only). */
export const sendRecapEmail = userAction(sendRecapInput, async ({ meetingId, to, includeMe }, user) => {
  const recipients = includeMe ? [user.email, ...to] : to;
  if (recipients.length === 0) throw new AppError("validation", "validation");
  try {
    return await sendRecap(user.id, meetingId, recipients, requestOrigin(await headers()));
  } catch (error) {
    // The form shows its own words for each case; the API's English details stay server-side.
    if (isAppError(error)) throw new AppError(error.code, error.code, { errors: error.details.errors });
    throw error;
  }
});

/** Where the recaps just queued are now (the dialog follows them); only the user's own emails answer. */
export const recapDeliveryStatus = userAction(
  z.object({ ids: watchedEmailIdsSchema }),
  async ({ ids }, user) => emailStatuses(user.id, ids),
);
