import type { ParsedSegment } from "@/lib/transcripts/types";
import type { TimedWord } from "./pocketsphinx-words";

export const UTTERANCE_PAUSE_MS = 700;
export const UTTERANCE_MAX_WORDS = 25;

/** Groups timed words into utterances, cut at a pause of UTTERANCE_PAUSE_MS or after UTTERANCE_MAX_WORDS. */
export function wordsToSegments(words: readonly TimedWord[], speaker: string): ParsedSegment[] {
  const groups: TimedWord[][] = [];
  let current: TimedWord[] = [];
  for (const word of words) {
    const previous = current.at(-1);
    if (
      previous &&
      (word.startMs - previous.endMs >= UTTERANCE_PAUSE_MS || current.length >= UTTERANCE_MAX_WORDS)
    ) {
      groups.push(current);
      current = [];
    }
    current.push(word);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => ({
    speaker,
    text: sentence(group.map((word) => word.word)),
    startMs: group[0]?.startMs ?? 0,
    endMs: group.at(-1)?.endMs ?? 0,
  }));
}

/** The recogniser writes lower case without punctuation; a capital and a full stop help readers and the notes engine. */
function sentence(words: string[]): string {
  const text = words.join(" ").replace(/\bi\b/g, "I").replace(/\bi'/g, "I'");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
