import { fold } from "@/lib/kernel/text/fold";
import { isContentWord } from "@/lib/kernel/text/stopwords";
import { words } from "@/lib/kernel/text/tokenize";
import type { ActionPattern } from "./action-pattern";
import { INFINITIVE } from "./spanish-verbs";

const NOT_INFINITIVES = new Set(
  "lugar mujer ayer hogar par mar bar azar collar altar primer tercer cualquier taller super master alquiler placer".split(
    " ",
  ),
);
// Where the task ends: the next clause, a condition, or a reason; not the dots of Spanish plural
// abbreviations ("RR. HH.", "EE. UU.").
const CLAUSE_END =
  /[;?!]|(?<!(?:^|\s)(?:rr|hh|ee|uu|cc|oo|ff|aa|ss|jj|pp|dd|mm))\.(?:\s|$)|,?\s+(?:because|but|so that|although|unless|while|whereas|porque|pero|aunque|mientras|ya que|puesto que)\s|,\s*(?:and|y|e)\s+(?:i|we|you|he|she|they|then|yo|nosotros|luego|despues)\b|,\s*(?:if|si|or|o)\s|\s+(?:if you can|if possible|if that's ok|when you can|si puedes|si es posible|cuando puedas)\b|,\s*(?:which|who|where)\s|,?\s+(?:yeah|okay|so|anyway|i mean|you know|o sea|vale)\s|\s(?=(?:i'll|i will|we'll|we will|i'm|you'll|let's|yo voy)\s)/iu;
// A capitalised word mid-task is a new sentence the transcriber didn't punctuate ("devise That's…").
const SENTENCE_RESTART =
  /\s(?=(?:That|This|It|It's|We|We're|They|There|So|But|And|Okay|Yeah|Bueno|Vale|Pues)\b)/u;
// Longer tasks are cut at their first comma after a few words, or at this many words.
const MAX_WORDS = 16;
const LEADING =
  /^(?:(?:please|just|also|quickly|then|go ahead and|por favor|tu|usted|yo|tambien|también|luego|ya|that|que)\s*,?\s+)+/iu;
const TRAILING =
  /(?:,?\s*(?<![\p{L}])(?:please|por favor|ok|okay|right|vale|no|then|as well|thanks|thank you|gracias|ya|entonces|y eso|o algo así|o algo asi|or something|or so|and stuff|and everything|¿vale|¿no|¿sí|(?:ha)+h?|lol|(?:ja)+|(?:je)+))+$/iu;
const MAX_LENGTH = 140;
// How soon, not what: "at the latest", "a más tardar", "asap" say nothing about the task.
const URGENCY =
  /,?\s*(?<![\p{L}])(?:at the (?:very )?latest|(?:as )?soon as possible|asap|a m[aá]s tardar|como (?:muy )?tarde|lo antes posible|cuanto antes|lo m[aá]s pronto posible)(?![\p{L}])/giu;
// A task ending in one of these was cut off mid-phrase ("go over to the").
const DANGLING = new Set(
  "the a an to of our my your their his her its and or with for in on at by from into onto is are was el la los las de del y o con para por que un una en al nuestro nuestra mi tu su sus".split(
    " ",
  ),
);

// "you" the speaker promises something to ("I'll send you the deck"), not "you know".
const YOU_AS_OBJECT =
  /\b(to|with|for|send|give|email|call|ping|tell|show|let|update|remind|help|invite|owe|bring|forward|copy|cc|text|message|brief)\s+you\b(?!\s+(?:know|see|mean|think|guys|all|both|two|three)\b)/gi;
// Commitments whose object may be a pronoun ("I'll look into it", "I'll get back to you on that").
const PHRASAL_TASK =
  /^(?:get back to|follow up|reach out|circle back|look into|touch base|find out|figure out|sort (?:it|this|that) out|check in with|double-check)(?![\p{L}])/iu;

export type TaskParts = {
  sentence: string;
  taskStart: number;
  pattern: ActionPattern;
  groups: Record<string, string>;
  /** The due-date phrase inside `sentence`, cut from the task. */
  dueSpan: { start: number; end: number } | null;
  speaker: string;
  /** Who "you" is in the speaker's own commitment: the previous speaker, when known. */
  addressee?: string | null;
  isName: (folded: string) => boolean;
};

/** A short imperative-ish task ("Send the deck to Ana") from the words after a trigger, or null. */
export function taskText(parts: TaskParts): string | null {
  const { sentence, taskStart, pattern, groups, dueSpan } = parts;
  let task = sentence.slice(taskStart);
  if (dueSpan && dueSpan.start >= taskStart) {
    // "…para el viernes" leaves "para el" behind once the date is cut.
    const head = sentence
      .slice(taskStart, dueSpan.start)
      .replace(
        /\s+(?:antes\s+del?|a\s+m[aá]s\s+tardar(?:\s+el)?|no\s+later\s+than|del|de|el|para|by|on|before|until|for|at)\s*$/iu,
        "",
      );
    task = `${head} ${sentence.slice(dueSpan.end)}`;
  }
  task = task.replace(URGENCY, "");
  for (const boundary of [CLAUSE_END, SENTENCE_RESTART]) {
    const end = task.search(boundary);
    if (end >= 0) task = task.slice(0, end);
  }
  task = shortened(task);
  task = task
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,:;–—-]+\s*/, "");
  for (let pass = 0; pass < 3; pass++) {
    const before = task;
    task = withoutTrailingPunctuation(task.replace(LEADING, "").replace(TRAILING, "")).trim();
    task = dropVocative(task, parts.isName);
    if (task === before) break;
  }
  const firstWord = fold(task.split(" ")[0] ?? "");
  const verb = groups.verb ? (INFINITIVE[groups.verb] ?? futureInfinitive(groups.verb)) : undefined;
  if (verb) task = `${verb}${groups.clitic ?? ""} ${task}`;
  else if (pattern.fallbackVerb && groups.prep && !(pattern.language === "es" && isInfinitive(firstWord))) {
    task = `${pattern.fallbackVerb} ${groups.prep} ${task}`;
  } else if (pattern.needsInfinitive) {
    if (!isInfinitive(firstWord)) return null;
    // "¿Puedes revisar tú los textos?": the subject pronoun after the verb isn't part of the task.
    task = task.replace(/^(\S+)\s+(?:tú|tu|usted|ustedes|vosotros|vosotras|yo)(?![\p{L}])\s*,?\s*/iu, "$1 ");
    if (groups.clitic) task = task.replace(/^(\S+)/, `$1${groups.clitic}`);
  }
  if (pattern.language === "en" && pattern.kind === "request" && parts.speaker.trim()) {
    task = task.replace(/\bme\b/g, parts.speaker.trim()).replace(/\bmy\b/g, `${parts.speaker.trim()}'s`);
  }
  if (pattern.language === "en" && pattern.kind === "self" && parts.addressee) {
    task = task.replace(YOU_AS_OBJECT, `$1 ${parts.addressee}`);
  }
  task = task
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:])/g, "$1")
    .trim();
  const taskWords = words(task);
  // "Include it", "send them over": a verb with nothing to act on is an answer, not a task.
  const phrasal = PHRASAL_TASK.exec(task);
  const hasObject =
    (phrasal !== null && task.length > phrasal[0].length) ||
    taskWords.slice(1).some((word) => isContentWord(fold(word), pattern.language));
  if (taskWords.length < 2 || !hasObject) return null;
  if (DANGLING.has(fold(taskWords.at(-1) as string))) return null;
  if (task.length > MAX_LENGTH) {
    const cut = task.lastIndexOf(" ", MAX_LENGTH);
    task = `${task.slice(0, cut > 0 ? cut : MAX_LENGTH)}…`;
  }
  return task.charAt(0).toUpperCase() + task.slice(1);
}

function withoutTrailingPunctuation(task: string): string {
  // A quote left open by the cut ("Put the word \"") goes with the punctuation.
  const open = (task.match(/["“”]/g) ?? []).length % 2 === 1;
  const kept = task.replace(open ? /[\s,.:;¿?¡!…"“”]+$/ : /[\s,.:;¿?¡!…]+$/, "");
  // "…con RR. HH." keeps the abbreviation's dot.
  return /(?:^|\s)(\p{Lu})\1$/u.test(kept) && task.slice(kept.length).startsWith(".") ? `${kept}.` : kept;
}

function shortened(task: string): string {
  const spans = [...task.matchAll(/\S+/g)];
  if (spans.length <= MAX_WORDS) return task;
  const comma = task.indexOf(",", spans[4]?.index ?? 0);
  const limit = spans[MAX_WORDS]?.index ?? task.length;
  return comma > 0 && comma < limit ? task.slice(0, comma) : `${task.slice(0, limit).trimEnd()}…`;
}

const IRREGULAR_FUTURE: Record<string, string> = {
  hare: "hacer",
  pondre: "poner",
  tendre: "tener",
  saldre: "salir",
  vendre: "venir",
};

/** "enviare" (enviaré, folded) → "enviar". */
function futureInfinitive(folded: string): string | undefined {
  return IRREGULAR_FUTURE[folded] ?? (/(?:ar|er|ir)e$/.test(folded) ? folded.slice(0, -1) : undefined);
}

export function isInfinitive(foldedWord: string): boolean {
  if (NOT_INFINITIVES.has(foldedWord)) return false;
  return /^[a-zñ]{2,}(?:ar|er|ir)(?:me|te|se|lo|la|le|los|las|les|nos|os)*$/.test(foldedWord);
}

function dropVocative(task: string, isName: (folded: string) => boolean): string {
  let out = task;
  const leading = /^([\p{L}]+(?:\s+[\p{L}]+)?)\s*,\s*/u.exec(out);
  if (leading && isName(fold(leading[1] as string))) out = out.slice(leading[0].length);
  const trailing = /,\s*([\p{L}]+(?:\s+[\p{L}]+)?)$/u.exec(out);
  if (trailing && isName(fold(trailing[1] as string))) out = out.slice(0, trailing.index);
  return out;
}
