"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action-result";
import { currentLocale } from "@/lib/i18n/server";
import { addSampleMeeting } from "@/lib/orchestration/demo/add-sample-meeting";

/** Gives the signed-in user one sample meeting in their language; returns its id to open it. */
export const addSample = userAction(z.object({}), async (_input, user) => {
  const meetingId = await addSampleMeeting(user.id, await currentLocale());
  revalidatePath("/meetings");
  return { meetingId };
});
