import type { Sentence } from "@/lib/insights/sentences";
import { fold } from "@/lib/kernel/text/fold";
import { isStopword } from "@/lib/kernel/text/stopwords";
import { TASK_VERBS_EN } from "./action-patterns";
import { THIRD_PERSON_VERBS } from "./spanish-verbs";

// The folded verbs with their accent back where the future has one ("mandara" → "mandará").
const THIRD_PERSON_ES = THIRD_PERSON_VERBS.replace(/a(?=\||$)/g, "[aá]");
// "Carlos se encarga de…", "John will prepare…", "quedamos en que Pablo manda…", "TODO: Carl to
// order…": a capitalised subject taking a task.
const TAKES_TASK = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?<name>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s+(?:se\\s+(?:encarga|ocupa)\\s+de|will\\s+(?:${TASK_VERBS_EN})(?![\\p{L}])|(?<=(?:[Qq]uedamos|[Aa]cordamos|[Hh]emos quedado|[Hh]emos acordado)\\s+en\\s+que\\s+\\S+\\s+)(?:${THIRD_PERSON_ES})(?![\\p{L}])|(?<=(?:TODO|[Tt]odo|[Tt]o-do|[Tt]o do|[Aa]ction items?|[Nn]ext steps?)\\s*[:–—-]\\s*\\S+(?:\\s\\S+)?\\s+)to\\s+(?:${TASK_VERBS_EN})(?![\\p{L}]))`,
  "gu",
);

/**
 * People the meeting gives tasks to without them being participants or speakers, so the task
 * still gets its owner. Leading words that are not names ("Then John will…") are dropped.
 */
export function mentionedOwners(
  sentences: readonly Sentence[],
  isKnown: (folded: string) => boolean,
): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) {
    if (!/se (?:encarga|ocupa) de|will |en que |to /.test(sentence.folded)) continue;
    for (const match of sentence.text.matchAll(TAKES_TASK)) {
      const words = (match.groups?.name ?? "").split(/\s+/);
      while (words.length > 0 && isCommonWord(words[0] as string)) words.shift();
      const name = words.join(" ");
      if (name && !isKnown(fold(name)) && !words.some(isCommonWord)) found.add(name);
    }
  }
  return [...found];
}

function isCommonWord(word: string): boolean {
  const folded = fold(word);
  return isStopword(folded, "en") || isStopword(folded, "es");
}
