import type { Messages } from "./messages";

const GENERIC = /^Speaker (\d+)$/;

/**
 * How a speaker's stored name is shown: the generic names Minuta gives unnamed voices
 * ("Speaker 1") read in the reader's language ("Hablante 1"); real names, and "" (no speaker),
 * are left to the caller. The stored name never changes, so search and renames still match it.
 */
export function speakerName(stored: string, t: Messages): string {
  const generic = GENERIC.exec(stored);
  return generic ? t.meetingPage.genericSpeaker.replace("{n}", generic[1] ?? "") : stored;
}
