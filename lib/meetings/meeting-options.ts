// Plain constants, so the upload form can offer them without bundling zod or server code.

export const MEETING_LANGUAGES = ["auto", "es", "en"] as const;
export type MeetingLanguageOption = (typeof MEETING_LANGUAGES)[number];

/** The note templates of lib/insights, chosen at upload or when regenerating notes. */
export const NOTE_TEMPLATES = [
  "default",
  "one_on_one",
  "sales_call",
  "standup",
  "safety_inspection",
] as const;
export type TemplateId = (typeof NOTE_TEMPLATES)[number];
