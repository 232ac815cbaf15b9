"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createActionItem, deleteActionItem, updateActionItem } from "@/lib/action-items/manage-action-items";
import { userAction } from "@/lib/actions/action-result";
import { reanalyze, TEMPLATES } from "@/lib/insights/reanalyze";
import { dateString } from "@/lib/kernel/dates";
import { AppError, isAppError } from "@/lib/kernel/errors";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { retryMeeting } from "@/lib/meetings/retry-meeting";
import { updateMeeting } from "@/lib/meetings/update-meeting";

// Zod messages here are keys of t.meetingPage.errors: the page shows them in the reader's language.
const meetingId = z.uuid();
const title = z.string().trim().min(1, { message: "title_empty" }).max(300, { message: "title_too_long" });
const speakerName = z
  .string()
  .trim()
  .min(1, { message: "name_empty" })
  .max(100, { message: "name_too_long" });
const itemText = z.string().trim().min(1, { message: "text_empty" }).max(1000, { message: "text_too_long" });
const itemOwner = z.string().trim().max(100, { message: "name_too_long" });
const dueDate = z
  .string()
  .refine((value) => value === "" || dateString.safeParse(value).success, { message: "invalid_date" });
const participant = z.object({
  name: speakerName,
  email: z.email({ message: "invalid_email" }).toLowerCase().nullable(),
});

/** Domain errors reach the page as their reason (or code), which it translates; English stays here. */
async function translatable<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (!isAppError(error)) throw error;
    const key = error.details.reason ?? error.code;
    throw new AppError(error.code, key, { errors: error.details.errors, reason: error.details.reason });
  }
}

export const renameMeeting = userAction(z.object({ meetingId, title }), async ({ meetingId, title }, user) =>
  translatable(async () => {
    await updateMeeting(user.id, meetingId, { title });
    revalidatePath(`/meetings/${meetingId}`);
    return null;
  }),
);

/** `from` is the speaker exactly as stored; "" names the lines that have none. */
export const renameSpeaker = userAction(
  z.object({ meetingId, from: z.string().max(100), to: speakerName }),
  async ({ meetingId, from, to }, user) =>
    translatable(async () => {
      await updateMeeting(user.id, meetingId, { speakers: { [from]: to } });
      revalidatePath(`/meetings/${meetingId}`);
      return { from, to };
    }),
);

export const saveParticipants = userAction(
  z.object({ meetingId, participants: z.array(participant).max(200) }),
  async ({ meetingId, participants }, user) =>
    translatable(async () => {
      await updateMeeting(user.id, meetingId, { participants });
      revalidatePath(`/meetings/${meetingId}`);
      return null;
    }),
);

export const removeMeeting = userAction(z.object({ meetingId }), async ({ meetingId }, user) =>
  translatable(async () => {
    await deleteMeeting(user.id, meetingId);
    revalidatePath("/meetings");
    return null;
  }),
);

export const retryProcessing = userAction(
  z.object({ meetingId, template: z.enum(TEMPLATES).optional() }),
  async ({ meetingId, template }, user) =>
    translatable(async () => {
      await retryMeeting(user.id, meetingId, template);
      revalidatePath(`/meetings/${meetingId}`);
      return null;
    }),
);

export const regenerateNotes = userAction(
  z.object({ meetingId, template: z.enum(TEMPLATES) }),
  async ({ meetingId, template }, user) =>
    translatable(async () => {
      await reanalyze(user.id, meetingId, { template });
      revalidatePath(`/meetings/${meetingId}`);
      return null;
    }),
);

export const toggleActionItem = userAction(
  z.object({ id: z.uuid(), done: z.boolean() }),
  async ({ id, done }, user) => translatable(() => updateActionItem(user.id, id, { done })),
);

export const editActionItem = userAction(
  z.object({ id: z.uuid(), text: itemText, owner: itemOwner, dueDate }),
  async ({ id, text, owner, dueDate }, user) =>
    translatable(() =>
      updateActionItem(user.id, id, { text, owner: owner || null, dueDate: dueDate || null }),
    ),
);

export const addActionItem = userAction(
  z.object({ meetingId, text: itemText, owner: itemOwner, dueDate }),
  async ({ meetingId, text, owner, dueDate }, user) =>
    translatable(() =>
      createActionItem(user.id, { meetingId, text, owner: owner || null, dueDate: dueDate || null }),
    ),
);

export const removeActionItem = userAction(z.object({ id: z.uuid() }), async ({ id }, user) =>
  translatable(async () => {
    await deleteActionItem(user.id, id);
    return null;
  }),
);
