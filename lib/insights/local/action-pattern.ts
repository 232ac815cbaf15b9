import { FOLDED_WORD_CHAR } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";

/**
 * self: the speaker commits ("I'll…", "voy a…"); request: the speaker asks someone ("can you…",
 * "¿puedes…?"); group: the team must ("we need to…", "hay que…"); assign: a named person will
 * ("Luis se encarga de…"); explicit: a note ("TODO:", "queda pendiente…").
 */
export type ActionKind = "self" | "request" | "group" | "assign" | "explicit";

export type ActionPattern = {
  kind: ActionKind;
  language: Language;
  /** Matched against folded text (lowercase, no accents); the task is what follows the match. */
  trigger: RegExp;
  /** Task openings that show the trigger was talk, not a commitment ("I'll be honest"). */
  deny?: RegExp;
  /** Task openings that are talk in the meeting itself unless a later day is named ("I'll present it next Thursday"). */
  inMeeting?: RegExp;
  /** Only a commitment when the sentence names when ("let's review it on Friday", "llamo al cliente mañana"). */
  needsDate?: boolean;
  /** Verb put before a task that is a noun phrase ("me encargo del presupuesto"); `prep` group follows it. */
  fallbackVerb?: string;
  /** Spanish triggers that must be followed by an infinitive ("voy a enviar", not "voy a la oficina"). */
  needsInfinitive?: boolean;
  /** Checks the trigger's original (unfolded) text, where accents tell "enviaré" from "quiere". */
  accept?: (original: string) => boolean;
  /** Builds the task from the trigger's own groups (original text), for triggers that contain it. */
  rewrite?: (group: (name: string) => string) => string | null;
};

const START = "(?<![\\p{L}\\p{N}'])";

// "we also need to", "I'll probably send": an adverb between subject and verb.
export const SLOT = "(?:\\s+(?:also|really|still|just|definitely|probably|then|first|actually|all))?";
// Words between a trigger and its task's verb ("I'll probably have to send…").
export const ADVERBS_EN =
  "(?:(?:probably|definitely|also|just|then|quickly|first|still|really|mostly|basically|maybe|perhaps|actually|kind of|sort of|have to|need to|go ahead and|make sure (?:to|that i)|try to|try and)\\s+)*";
/** A trigger that must start a word; name-based ones use a class that compiles faster. */
export const pattern = (
  kind: ActionKind,
  language: Language,
  body: string,
  extra: Partial<ActionPattern> = {},
): ActionPattern => ({
  kind,
  language,
  trigger: new RegExp(`${kind === "assign" ? `(?<![${FOLDED_WORD_CHAR}'])` : START}(?:${body})\\s*`, "dgu"),
  ...extra,
});
/** Matches task openings (the text right after a trigger) that rule the trigger out. */
export const deny = (body: string) => new RegExp(`^(?:${body})(?![\\p{L}])`, "u");
