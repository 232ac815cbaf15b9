"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createActionItem, deleteActionItem, updateActionItem } from "@/lib/action-items/manage-action-items";
import { userAction } from "@/lib/actions/action-result";
import { reanalyze, TEMPLATES } from "@/lib/insights/reanalyze";
import { deleteMeeting } from "@/lib/meetings/delete-meeting";
import { retryMeeting } from "@/lib/meetings/retry-meeting";
import { participantSchema } from "@/lib/meetings/schemas";
import { updateMeeting } from "@/lib/meetings/update-meeting";

const meetingId = z.uuid();

export const renameMeeting = userAction(
  z.object({ meetingId, title: z.string().trim().min(1).max(300) }),
  async ({ meetingId, title }, user) => {
    await updateMeeting(user.id, meetingId, { title });
    revalidatePath(`/meetings/${meetingId}`);
    return null;
  },
);

export const renameSpeaker = userAction(
  z.object({ meetingId, from: z.string().min(1).max(100), to: z.string().trim().min(1).max(100) }),
  async ({ meetingId, from, to }, user) => {
    await updateMeeting(user.id, meetingId, { speakers: { [from]: to } });
    revalidatePath(`/meetings/${meetingId}`);
    return null;
  },
);

export const saveParticipants = userAction(
  z.object({ meetingId, participants: z.array(participantSchema).max(200) }),
  async ({ meetingId, participants }, user) => {
    await updateMeeting(user.id, meetingId, { participants });
    revalidatePath(`/meetings/${meetingId}`);
    return null;
  },
);

export const removeMeeting = userAction(z.object({ meetingId }), async ({ meetingId }, user) => {
  await deleteMeeting(user.id, meetingId);
  revalidatePath("/meetings");
  return null;
});

export const retryProcessing = userAction(z.object({ meetingId }), async ({ meetingId }, user) => {
  await retryMeeting(user.id, meetingId);
  revalidatePath(`/meetings/${meetingId}`);
  return null;
});

export const regenerateNotes = userAction(
  z.object({ meetingId, template: z.enum(TEMPLATES) }),
  async ({ meetingId, template }, user) => {
    await reanalyze(user.id, meetingId, { template });
    revalidatePath(`/meetings/${meetingId}`);
    return null;
  },
);

export const toggleActionItem = userAction(
  z.object({ id: z.uuid(), done: z.boolean() }),
  async ({ id, done }, user) => {
    return updateActionItem(user.id, id, { done });
  },
);

export const editActionItem = userAction(
  z.object({
    id: z.uuid(),
    text: z.string().trim().min(1).max(1000),
    owner: z.string().trim().max(100),
    dueDate: z.string(),
  }),
  async ({ id, text, owner, dueDate }, user) =>
    updateActionItem(user.id, id, { text, owner: owner || null, dueDate: dueDate || null }),
);

export const addActionItem = userAction(
  z.object({
    meetingId,
    text: z.string().trim().min(1).max(1000),
    owner: z.string().trim().max(100),
    dueDate: z.string(),
  }),
  async ({ meetingId, text, owner, dueDate }, user) =>
    createActionItem(user.id, { meetingId, text, owner: owner || null, dueDate: dueDate || null }),
);

export const removeActionItem = userAction(z.object({ id: z.uuid() }), async ({ id }, user) => {
  await deleteActionItem(user.id, id);
  return null;
});
