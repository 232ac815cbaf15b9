import type { CleanSegment } from "@/lib/insights/sentences";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { isStopword } from "@/lib/kernel/text/stopwords";
import { reportEnglish } from "./reported-speech-en";
import { reportSpanish } from "./reported-speech-es";
import type { ScoredSentence } from "./sentence-scores";

// Speaker labels that are roles or transcriber tags, never shortened to their first word.
const ROLE_WORDS =
  /(?<![\p{L}])(?:speaker|hablante|participant|participante|manager|designer|interface|marketing|engineer|lead|director|directora|chair|chairman|chairperson|member|minister|professor|phd|grad|postdoc|undergrad|unknown|guest|invitado|host|moderator|moderador|user|team|equipo)(?![\p{L}])/iu;

/**
 * The summary in the third person, naming who said what: each sentence's speaker by full name the
 * first time, then by first name ("Priya Natarajan will…", later "Priya will…").
 */
export function summaryInThirdPerson(
  picked: readonly ScoredSentence[],
  segments: readonly CleanSegment[],
  language: Language,
): string {
  const turns = new Map<string, number>();
  const isProper = properNouns(segments);
  const speakers = new Set(segments.map((segment) => segment.speaker.trim()));
  return picked
    .map((item) => {
      const speaker = item.sentence.speaker.trim();
      if (!speaker) return item.text;
      const turn = turns.get(speaker) ?? 0;
      turns.set(speaker, turn + 1);
      const addressee = addresseeOf(segments, item.sentence.segmentIndex);
      const context = {
        name: turn > 0 ? shortName(speaker, speakers) : speaker,
        addressee: addressee ? shortName(addressee, speakers) : null,
        isProper,
        turn,
      };
      const text = withoutVocative(item.text, speakers);
      return language === "es" ? reportSpanish(text, context) : reportEnglish(text, context);
    })
    .join(" ");
}

/** "Pedro, en la tercera planta…" → "En la tercera planta…": who was spoken to isn't content. */
function withoutVocative(text: string, speakers: ReadonlySet<string>): string {
  const match = /^(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?),\s+(?=\p{L})/u.exec(text);
  if (!match) return text;
  const called = match[1] as string;
  const known = [...speakers].some((speaker) => speaker === called || speaker.split(/\s+/)[0] === called);
  if (!known) return text;
  const rest = text.slice(match[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Words said capitalised away from a sentence start more often than not (names of people,
 * products, places); never a stopword, however a transcriber capitalised it.
 */
function properNouns(segments: readonly CleanSegment[]): (word: string) => boolean {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const segment of segments) {
    for (const match of segment.text.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{L}+/gu)) {
      const word = match[0];
      const key = word.toLowerCase();
      const counts = /^\p{Lu}/u.test(word) ? capitalised : lower;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return (word) => {
    const key = word.toLowerCase();
    const folded = fold(key);
    if (isStopword(folded, "en") || isStopword(folded, "es")) return false;
    return (capitalised.get(key) ?? 0) > (lower.get(key) ?? 0);
  };
}

/** "Priya Natarajan" → "Priya", unless another speaker is also called Priya or it is a role. */
function shortName(speaker: string, speakers: ReadonlySet<string>): string {
  const parts = speaker.split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || ROLE_WORDS.test(speaker)) return speaker;
  const first = parts[0] as string;
  if ([...speakers].some((other) => other !== speaker && other.split(/\s+/)[0] === first)) return speaker;
  return parts.every((part) => /^\p{Lu}/u.test(part)) ? first : speaker;
}

/** Who "you" is: the previous speaker, when someone else. */
function addresseeOf(segments: readonly CleanSegment[], segmentIndex: number): string | null {
  const own = segments[segmentIndex]?.speaker.trim();
  for (let index = segmentIndex - 1; index >= 0 && index >= segmentIndex - 3; index--) {
    const speaker = segments[index]?.speaker.trim();
    if (speaker && speaker !== own) return ROLE_WORDS.test(speaker) ? null : speaker;
  }
  return null;
}
