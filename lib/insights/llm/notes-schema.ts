import { z } from "zod";

// Every field required and nullable rather than optional: OpenAI's strict structured outputs demand it.
const seqs = z
  .array(z.number().int())
  .describe("Numbers of the transcript segments this comes from, e.g. [12, 15]. At least one.");

const citedItem = z.object({ text: z.string(), seqs });

const actionItem = z.object({
  text: z.string().describe("The task, starting with a verb."),
  owner: z.string().nullable().describe("Who will do it: a participant's or speaker's name, or null."),
  dueDate: z.string().nullable().describe("YYYY-MM-DD when a deadline was said, else null."),
  seqs,
});

/** What the model answers, for one part of a meeting or the whole of it. */
export const notesSchema = z.object({
  summary: z.string(),
  keyPoints: z.array(citedItem),
  decisions: z.array(citedItem),
  questions: z.array(citedItem).describe("Questions left open at the end of the meeting."),
  actionItems: z.array(actionItem),
});

export type ModelNotes = z.infer<typeof notesSchema>;
