import type { CleanSegment, Sentence } from "@/lib/insights/sentences";
import type { ExtractedActionItem } from "@/lib/insights/types";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import type { OwnerContext } from "./action-owner";
import { ACCEPTANCE, ownerFor } from "./action-owner";
import type { ActionKind, ActionPattern } from "./action-pattern";
import { taskText } from "./action-text";
import type { CivilDate } from "./calendar";
import { formatDate } from "./calendar";
import { findDueDate } from "./due-dates";
import { contentStems } from "./term-vectors";

const HYPOTHETICAL =
  /(?<![\p{L}])(?:if (?:we|i|you|they|he|she|it) (?:were|was|had|did|could|would)|what if|suppose|supposing|imagine|hypothetically|in theory|in an ideal world|si (?:tuvieramos|fueramos|hubiera|hubieramos|pudieramos|hicieramos|tuviera|fuera)|suponiendo|supongamos|imagina(?:te|os)?|en teoria|en un mundo ideal)(?![\p{L}])/u;
const NEGATED_BEFORE = /(?:^|\s)(?:no|nunca|not|never)\s*$/u;
// "if we need to…", "si tenemos que…": a condition in the same clause, not a commitment.
const CONDITION_BEFORE =
  /(?<![\p{L}])(?:if|unless|whether|si|a menos que|en caso de que)(?![\p{L}])[^,;.]*$/u;
const EXPLICIT_OWNER = (names: string) =>
  new RegExp(`^(?<name>${names})\\s*(?::|to|will|should|va a|debe|se encarga de)\\s+`, "u");
const SIMILAR = 0.6;
// "Speaker 2" is a transcriber's label, not someone a task can be addressed to.
const GENERIC_SPEAKER = /^(?:speaker|hablante|participant|participante|unknown|guest|invitado)\b/i;

export type ActionContext = OwnerContext & {
  sentences: readonly Sentence[];
  segments: readonly CleanSegment[];
  language: Language;
  today: CivilDate | null;
  patterns: readonly ActionPattern[];
};

/**
 * Commitments and requests in the meeting, one per sentence at most, near-duplicates merged;
 * also which sentences were requests, so they aren't listed again as open questions.
 */
export function extractActionItems(context: ActionContext): {
  items: ExtractedActionItem[];
  requests: Set<number>;
} {
  const items: (ExtractedActionItem & { stems: Set<string> })[] = [];
  const requests = new Set<number>();
  const anyTrigger = anyOf(context.patterns.filter((pattern) => pattern.kind !== "assign"));
  const assign = context.patterns.filter((pattern) => pattern.kind === "assign");
  let lastRequest: { item: Item; segmentIndex: number; speaker: string } | null = null;
  let previousSegment = -1;
  for (const sentence of context.sentences) {
    const folded = sentence.folded;
    const opensTurn = sentence.segmentIndex !== previousSegment;
    previousSegment = sentence.segmentIndex;
    const answered = opensTurn ? answeredRequest(lastRequest, sentence) : null;
    const triggered = anyTrigger.test(folded) || assign.some((pattern) => triggers(pattern, folded));
    const found = triggered ? itemFrom(sentence, folded, context) : null;
    const stems = found ? new Set(contentStems(found.text, context.language)) : new Set<string>();
    // "Can you send me the slides?" "Yeah, I'll send them over tonight.": the reply dates the request.
    if (answered && (!found || isSubset(stems, answered.stems))) {
      const due = context.today ? findDueDate(sentence.text, context.today, context.language) : null;
      answered.dueDate ??= due?.date ?? null;
      answered.owner ??= sentence.speaker.trim() || null;
      continue;
    }
    if (!found) continue;
    const { kind, ...item } = found;
    if (kind === "request") requests.add(sentence.id);
    const twin = items.find(
      (other) => jaccard(other.stems, stems) >= SIMILAR || sameCommitment(other, item, context.language),
    );
    if (twin) {
      // The fuller wording wins ("Revisar el contrato con legal" over "Revisar el contrato").
      if (fuller(item.text, twin.text, context.language)) {
        twin.text = item.text;
        twin.stems = stems;
      }
      twin.owner ??= item.owner;
      twin.dueDate ??= item.dueDate;
      continue;
    }
    const added = { ...item, stems };
    items.push(added);
    if (kind === "request") {
      lastRequest = { item: added, segmentIndex: sentence.segmentIndex, speaker: sentence.speaker };
    }
  }
  return { items: items.map(({ stems: _, ...item }) => item), requests };
}

type Item = ExtractedActionItem & { stems: Set<string> };

/** The request a turn's first sentence answers: one made in the turn just before, by someone else, accepted now. */
function answeredRequest(
  last: { item: Item; segmentIndex: number; speaker: string } | null,
  sentence: Sentence,
): Item | null {
  if (!last || sentence.segmentIndex !== last.segmentIndex + 1 || sentence.speaker === last.speaker)
    return null;
  return ACCEPTANCE.test(sentence.folded) ? last.item : null;
}

function isSubset(part: ReadonlySet<string>, whole: ReadonlySet<string>): boolean {
  for (const term of part) if (!whole.has(term)) return false;
  return true;
}

const prefilters = new Map<string, RegExp>();

/**
 * One regex for "could any trigger match?", so most sentences cost a single test. Compiling it
 * takes milliseconds, so it is kept per pattern set (one per template).
 */
function anyOf(patterns: readonly ActionPattern[]): RegExp {
  const sources = patterns.map((pattern) => pattern.trigger.source.replace(/\(\?<[A-Za-z]\w*>/g, "(?:"));
  const key = sources.join("|");
  let prefilter = prefilters.get(key);
  if (!prefilter) {
    prefilter = new RegExp(key, "u");
    prefilters.set(key, prefilter);
  }
  return prefilter;
}

function triggers(pattern: ActionPattern, text: string): boolean {
  pattern.trigger.lastIndex = 0;
  return pattern.trigger.test(text);
}

function itemFrom(
  sentence: Sentence,
  folded: string,
  context: ActionContext,
): (ExtractedActionItem & { kind: ActionKind }) | null {
  if (HYPOTHETICAL.test(folded)) return null;
  const isQuestion = /[?¿]/.test(folded);
  const segment = context.segments[sentence.segmentIndex] as CleanSegment;
  const found: {
    index: number;
    end: number;
    order: number;
    pattern: ActionPattern;
    match: RegExpExecArray;
  }[] = [];
  context.patterns.forEach((pattern, order) => {
    pattern.trigger.lastIndex = 0;
    for (const match of folded.matchAll(pattern.trigger)) {
      found.push({ index: match.index, end: match.index + match[0].length, order, pattern, match });
    }
  });
  found.sort((a, b) => a.index - b.index || a.order - b.order);
  const due =
    found.length > 0 && context.today ? findDueDate(sentence.text, context.today, context.language) : null;
  const dueLater = due && due.start >= 0 && context.today ? due.date > formatDate(context.today) : false;
  for (const { index, end, pattern, match } of found) {
    const groups: Record<string, string> = { ...match.groups };
    if (isQuestion && pattern.kind !== "request") continue;
    // Tested on the original: folding would turn "sí" (yes) into "si" (if).
    const before = sentence.text.slice(0, index).toLowerCase();
    if (NEGATED_BEFORE.test(before) || CONDITION_BEFORE.test(before)) continue;
    const rest = folded.slice(end).trimStart();
    if (pattern.deny?.test(rest)) continue;
    if (pattern.accept && !pattern.accept(sentence.text.slice(index, end))) continue;
    if (pattern.inMeeting?.test(rest) && !(dueLater && due && due.start >= end)) continue;
    if (pattern.needsDate && !due) continue;
    const owned = explicitOwner(pattern, folded, end, context);
    const text = pattern.rewrite
      ? rewritten(pattern, match, sentence.text)
      : taskText({
          sentence: sentence.text,
          taskStart: owned?.taskStart ?? end,
          pattern,
          groups,
          dueSpan: due && due.start >= end ? due : null,
          speaker: segment.speaker,
          addressee: previousSpeaker(context.segments, segment),
          isName: (word) => context.names.resolve(word) !== undefined,
        });
    if (!text) continue;
    const owner = owned?.owner ?? ownerFor(pattern.kind, folded, groups, segment, context);
    return { text, owner, dueDate: due?.date ?? null, seq: sentence.seq, kind: pattern.kind };
  }
  return null;
}

function previousSpeaker(segments: readonly CleanSegment[], segment: CleanSegment): string | null {
  const previous = segments[segment.index - 1]?.speaker.trim();
  return previous && previous !== segment.speaker.trim() && !GENERIC_SPEAKER.test(previous) ? previous : null;
}

function rewritten(pattern: ActionPattern, match: RegExpExecArray, original: string): string | null {
  const group = (name: string) => {
    const span = match.indices?.groups?.[name];
    return span ? original.slice(span[0], span[1]).trim() : "";
  };
  const text = pattern.rewrite?.(group)?.replace(/\s+/g, " ").trim();
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : null;
}

/** "TODO: Ana to send the deck" names its owner right after the marker. */
function explicitOwner(pattern: ActionPattern, folded: string, end: number, context: ActionContext) {
  if (pattern.kind !== "explicit" || !context.namePattern) return null;
  const match = EXPLICIT_OWNER(context.namePattern).exec(folded.slice(end));
  const owner = match?.groups?.name ? context.names.resolve(match.groups.name) : undefined;
  return owner && match ? { owner, taskStart: end + match[0].length } : null;
}

/**
 * The same owner (or nobody yet) taking on the same thing twice in other words: "Own the fix" and
 * "Have a fix ready by Friday" act on the same objects, one set inside the other or mostly shared.
 */
function sameCommitment(
  earlier: ExtractedActionItem,
  later: ExtractedActionItem,
  language: Language,
): boolean {
  if (earlier.owner && later.owner && earlier.owner !== later.owner) return false;
  // "Colocar la barandilla" then "Colocarla a primera hora", due the same day: the pronoun is the railing.
  if (
    earlier.owner &&
    earlier.dueDate &&
    earlier.dueDate === later.dueDate &&
    verbOf(earlier.text) === verbOf(later.text) &&
    (PRONOUN_OBJECT.test(fold(earlier.text)) || PRONOUN_OBJECT.test(fold(later.text)))
  ) {
    return true;
  }
  const a = objectStems(earlier.text, language);
  const b = objectStems(later.text, language);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  // The same person: most of the shorter one's objects recur ("Preparar un artículo … y un
  // mensaje" and "Tener el artículo y el mensaje listos"). Someone's task and a team's "hay que…"
  // must share most of both, or "sacar a la gente del tramo" would swallow "señalizar el tramo".
  if (earlier.owner && earlier.owner === later.owner)
    return shared / Math.min(a.size, b.size) >= MOSTLY_SHARED;
  return shared / (a.size + b.size - shared) >= MOSTLY_SHARED;
}

const MOSTLY_SHARED = 0.6;

/** Whether `text` says more than `other`: names what "colocarla" only points to, or has more objects. */
function fuller(text: string, other: string, language: Language): boolean {
  const pronoun = PRONOUN_OBJECT.test(fold(text));
  if (pronoun !== PRONOUN_OBJECT.test(fold(other))) return !pronoun;
  return objectStems(text, language).size > objectStems(other, language).size;
}
// A task whose object is a pronoun: "colocarla", "send it over", "hacerlo".
const PRONOUN_OBJECT = /^(?:\S+?(?:lo|la|los|las)|\S+\s+(?:it|them|that|this))(?:\s|$)/u;

/** The task's verb, without a Spanish clitic ("Colocarla" → "colocar"). */
function verbOf(text: string): string {
  return fold(text.split(/\s+/)[0] ?? "").replace(
    /(?<=(?:ar|er|ir))(?:lo|la|los|las|le|les|me|te|se|nos)+$/u,
    "",
  );
}

/** What a task acts on: its content words after the verb. */
function objectStems(text: string, language: Language): Set<string> {
  return new Set(contentStems(text.replace(/^\S+\s*/, ""), language));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}
