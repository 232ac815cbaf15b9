import { z } from "zod";
import { dateString } from "@/lib/kernel/dates";
import { MAX_SEQ } from "@/lib/transcripts/normalize-segment";

const dueDate = dateString.nullable();
const text = z.string().trim().min(1, { message: "must not be empty" }).max(1000);
const owner = z.string().trim().min(1).max(100).nullable();

export const createActionItemSchema = z.object({
  meetingId: z.uuid(),
  text,
  owner: owner.optional().default(null),
  dueDate: dueDate.optional().default(null),
  done: z.boolean().optional().default(false),
  seq: z.number().int().min(0).max(MAX_SEQ).nullable().optional().default(null),
});

export const updateActionItemSchema = z
  .object({
    text: text.optional(),
    owner: owner.optional(),
    dueDate: dueDate.optional(),
    done: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "nothing to change" });

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true");

export const listActionItemsQuerySchema = z.object({
  done: booleanString.optional(),
  owner: z.string().trim().min(1).max(100).optional(),
  meetingId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export type CreateActionItemInput = z.input<typeof createActionItemSchema>;
export type UpdateActionItemInput = z.infer<typeof updateActionItemSchema>;

/** DESIGN §5 "action item", as the API answers it. */
export const actionItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  text: z.string(),
  owner: z.string().nullable(),
  dueDate: z.iso.date().nullable(),
  done: z.boolean(),
  seq: z.number().int().nullable(),
});
export type ActionItemJson = z.infer<typeof actionItemSchema>;
