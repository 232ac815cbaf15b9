import { z } from "zod";
import { pageQuerySchema } from "@/lib/kernel/cursor";

export const transcriptQuerySchema = pageQuerySchema.extend({
  format: z.enum(["json", "txt", "vtt", "srt", "md"]).optional(),
});
