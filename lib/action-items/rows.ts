import { z } from "zod";
import { dateText } from "@/lib/kernel/db/row-shape";

// The rows of the action items' tables, as their queries read them (lib/kernel/db/row-shape.ts).

export const actionItemRow = z.object({
  id: z.string(),
  meetingId: z.string(),
  ownerId: z.string(),
  text: z.string(),
  owner: z.string().nullable(),
  dueDate: dateText().nullable(),
  done: z.boolean(),
  seq: z.number().nullable(),
  origin: z.enum(["extracted", "manual"]),
  edited: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ActionItemRow = z.infer<typeof actionItemRow>;

/** An extracted action item the user deleted, so a re-analysis doesn't bring it back. */
export const dismissedActionItemRow = z.object({
  id: z.string(),
  meetingId: z.string(),
  ownerId: z.string(),
  seq: z.number().nullable(),
  text: z.string(),
  createdAt: z.date(),
});
