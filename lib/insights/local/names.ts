import { FOLDED_WORD_CHAR, fold } from "@/lib/kernel/text/fold";
import { isStopword } from "@/lib/kernel/text/stopwords";

// Speaker labels that are roles or placeholders, never someone being addressed.
const GENERIC = new Set([
  "speaker",
  "hablante",
  "participante",
  "participant",
  "user",
  "unknown",
  "guest",
  "invitado",
]);

/** People who may own an action item: the meeting's participants and speakers. */
export type NameIndex = {
  /** Folded keys ("ana", "ana garcia") longest first, for building patterns. */
  keys: string[];
  /** The name to report for a key, or undefined when the key is ambiguous or unknown. */
  resolve: (foldedKey: string) => string | undefined;
  /** Finds the keys as whole words in folded text; null when there are no names. */
  mentions: RegExp | null;
};

/**
 * Indexes each name by its full form and its first name. A first name shared by two different
 * people resolves to nobody; a speaker label wins over a participant's full name for the same
 * person, so owners read the same as the transcript's speakers.
 */
export function buildNameIndex(participants: readonly string[], speakers: readonly string[]): NameIndex {
  const candidates = new Map<string, { speakers: Set<string>; participants: Set<string> }>();
  const add = (name: string, kind: "speakers" | "participants") => {
    const trimmed = name.trim().replace(/\s+/g, " ");
    const folded = fold(trimmed);
    if (!/^\p{L}/u.test(folded) || folded.length < 2 || GENERIC.has(folded.split(" ")[0] ?? "")) return;
    const first = folded.split(" ")[0] as string;
    for (const key of new Set([folded, first])) {
      if (key.length < 2 || isStopword(key, "en") || isStopword(key, "es")) continue;
      const entry = candidates.get(key) ?? { speakers: new Set(), participants: new Set() };
      entry[kind].add(trimmed);
      candidates.set(key, entry);
    }
  };
  for (const speaker of speakers) add(speaker, "speakers");
  for (const participant of participants) add(participant, "participants");
  const resolved = new Map<string, string>();
  for (const [key, entry] of candidates) {
    const speakerNames = [...entry.speakers];
    const participantNames = [...entry.participants];
    if (speakerNames.length === 1) resolved.set(key, speakerNames[0] as string);
    else if (speakerNames.length === 0 && participantNames.length === 1)
      resolved.set(key, participantNames[0] as string);
  }
  const keys = [...resolved.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const index: NameIndex = { keys, resolve: (key) => resolved.get(key.replace(/\s+/g, " ")), mentions: null };
  const alternation = namePattern(index);
  if (alternation) {
    index.mentions = new RegExp(`(?<![${FOLDED_WORD_CHAR}])(${alternation})(?![${FOLDED_WORD_CHAR}])`, "gu");
  }
  return index;
}

/** A regex alternation of the index's keys (already folded), or null when there are none. */
export function namePattern(index: NameIndex): string | null {
  if (index.keys.length === 0) return null;
  return index.keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
}

/**
 * The person a folded sentence addresses by name: "Ana, can you…", "…, Ana?", "¿Puedes tú,
 * Luis, …?". Only names set off by punctuation count, so "send it to Ana" addresses nobody.
 */
export function addressedName(foldedSentence: string, index: NameIndex): string | null {
  if (!index.mentions) return null;
  for (const match of foldedSentence.matchAll(index.mentions)) {
    const before = foldedSentence.slice(0, match.index).trimEnd();
    const after = foldedSentence.slice(match.index + match[0].length).trimStart();
    const openBefore =
      before === "" || /[,¿¡:;]$/.test(before) || /(?:^|\s)(?:tu|you|usted|hey|oye)$/.test(before);
    const closedAfter = after === "" || /^[,?!:.;]/.test(after);
    if (openBefore && closedAfter) {
      const name = index.resolve(match[1] as string);
      if (name) return name;
    }
  }
  return null;
}
