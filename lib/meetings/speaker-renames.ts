/**
 * Speaker renames as one simultaneous mapping: `{ A: "B", B: "A" }` swaps two speakers instead of
 * merging them, because every value is looked up in the original names, never in renamed ones.
 * The key "" names the lines that have no speaker.
 */
export type SpeakerRenames = ReadonlyMap<string, string>;

/** The renames that change something (a name mapped to itself is dropped). */
export function speakerRenames(input: Record<string, string> | undefined): SpeakerRenames {
  return new Map(Object.entries(input ?? {}).filter(([from, to]) => from !== to));
}

export const renamed = (renames: SpeakerRenames, name: string): string => renames.get(name) ?? name;

/** Talk time under the new names; speakers renamed onto the same name are added up. */
export function renameTalkTime(
  talkTime: readonly { speaker: string; ms: number }[],
  renames: SpeakerRenames,
): { speaker: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const entry of talkTime) {
    const speaker = renamed(renames, entry.speaker);
    totals.set(speaker, (totals.get(speaker) ?? 0) + entry.ms);
  }
  return [...totals]
    .map(([speaker, ms]) => ({ speaker, ms }))
    .sort((a, b) => b.ms - a.ms || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0));
}

// Shorter labels ("A", "Al") are also ordinary words ("A decision…", "Al final…"), so generated
// text keeps them; the speaker fields themselves are still renamed.
const MIN_LABEL_IN_TEXT = 3;
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Generated text (notes, action items) under the new names: whole-name matches only ("Speaker 1"
 * is not touched inside "Speaker 12"), case-sensitive, all names replaced in one pass.
 */
export function renameInText(text: string, renames: SpeakerRenames): string {
  const names = [...renames.keys()]
    .filter((name) => name.trim().length >= MIN_LABEL_IN_TEXT)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`,
    "gu",
  );
  return text.replace(pattern, (name) => renamed(renames, name));
}

type Person = { name: string; email: string | null };

/**
 * The participant list after renaming. A name keeps the email it already had (so a swap leaves
 * each person's address in place); a new name takes the email of a participant renamed into it.
 * `speakers` are the renamed speakers that have lines: their new names become participants.
 */
export function renameParticipants(
  people: readonly Person[],
  renames: SpeakerRenames,
  speakers: readonly string[],
): Person[] {
  const original = new Map(people.map((person) => [person.name, person.email]));
  const result = new Map<string, string | null>();
  const add = (name: string, email: string | null) => {
    if (!name) return;
    const own = original.get(name);
    result.set(name, own ?? result.get(name) ?? email);
  };
  for (const person of people) add(renamed(renames, person.name), person.email);
  for (const speaker of speakers) add(renamed(renames, speaker), null);
  return [...result].map(([name, email]) => ({ name, email }));
}

type Citation = { meetingId: string; speaker: string };

/** A stored citation of this meeting under the new speaker name (others are left as they are). */
export function renameCitation<T extends Citation>(
  citation: T,
  meetingId: string,
  renames: SpeakerRenames,
): T {
  if (citation.meetingId !== meetingId || !renames.has(citation.speaker)) return citation;
  return { ...citation, speaker: renamed(renames, citation.speaker) };
}
