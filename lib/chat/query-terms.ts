import { fold } from "@/lib/kernel/text/fold";
import { type Language, stem } from "@/lib/kernel/text/stem";
import { isStopword } from "@/lib/kernel/text/stopwords";
import { foldedWords, wordSpans, words } from "@/lib/kernel/text/tokenize";
import { FUNCTION_WORDS } from "./function-words";
import { expansionsOf, otherSpellings } from "./synonyms";
import { spelledForm } from "./verbatim";

/** One word the retriever looks for, with its stem in each language a transcript may be in. */
export type QueryTerm = {
  word: string;
  stems: Record<Language, string>;
  /** 1 for the user's own words, less for synonyms and translations. */
  weight: number;
  /** The user's word this term came from (itself, for the user's own words). */
  source: string;
  /** An acronym as a transcript spelling letters out writes it ("l_c_d_" for "LCD"), searched as well. */
  spelled?: string;
};

export type QueryAnalysis = {
  text: string;
  language: Language;
  terms: QueryTerm[];
  /** Indexes (into `terms`) of the user's words that stand next to each other, for phrase matches. */
  pairs: [number, number][];
  /** Lowercased words that may name a speaker ("marketing", "ana", "d"). */
  speakerHints: string[];
};

// How questions are asked more than what they are about ("what did the group think about…").
const QUESTION_WORDS = new Set(
  `summarize summarise summary summaries discussion discussions discuss discussing talk talked opinion opinions
  think thinks thought view views say said says mention mentioned explain explained describe described
  answer answers happen happened general overall conclusion conclusions detail details group name named called
  professor team teams mates members member everyone participants contribute contributed contribution recommend
  recommended suggest suggested suggestion suggestions idea ideas agree agreed disagree disagreed reflect reflecting
  reflection status current progress previous past future forward presenting presentation presentations propose
  proposed proposal feel felt learn learned mainly
  resume resumen resumir resumeme discusion discusiones hablaron hablo opinion opiniones penso piensa pensaron
  dijo dijeron menciono mencionaron explico explicaron describe conclusion conclusiones detalle detalles
  llama llaman llamaba nombre`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a (folded) word is how a question is asked rather than what it is about. */
export const isQuestionWord = (foldedWord: string) => QUESTION_WORDS.has(foldedWord);

const SPANISH_MARKS = /[¿¡ñáéíóú]/i;
const SPANISH_WORDS = new Set(
  "que qué el la los las de del y en por para con se lo como cual cuales cuando donde quien quienes sobre una hay dijo".split(
    " ",
  ),
);
const ENGLISH_WORDS = new Set(
  "the what who when where which how did does do is are was were about of to and in on for we our my i".split(
    " ",
  ),
);

/** Spanish or English, from the question alone (it is short, so accents and function words decide). */
export function questionLanguage(text: string): Language {
  if (SPANISH_MARKS.test(text)) return "es";
  let spanish = 0;
  let english = 0;
  for (const word of foldedWords(text)) {
    if (SPANISH_WORDS.has(word)) spanish++;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  return spanish > english ? "es" : "en";
}

// A question pasted from a long document still searches with its first words only: every term
// is one more index lookup.
const MAX_OWN_TERMS = 40;
const MAX_TERMS = 80;

/** Conversational and question words still count, at this weight: a question may be about "meetings". */
const LIGHT_WEIGHT = 0.3;

// A stem no talk has: a synonym of one language never matches talk in the other.
const NO_STEM = "\u0000";

function termOf(word: string, weight: number, source: string, languages?: readonly Language[]): QueryTerm {
  const stemIn = (language: Language) =>
    !languages || languages.includes(language) ? stem(word, language) : NO_STEM;
  return { word, stems: { en: stemIn("en"), es: stemIn("es") }, weight, source };
}

/** A question's content words (stopwords and question phrasing removed) plus synonyms in Spanish and English. */
export function analyzeQuery(text: string): QueryAnalysis {
  const language = questionLanguage(text);
  // Acronyms: written in capitals ("LCD"), or short and without a vowel ("lcd", "tv").
  const acronyms = new Map<string, string>();
  for (const span of wordSpans(text)) {
    const folded = fold(span.word);
    const spelled =
      spelledForm(span.word) ??
      (/^[b-df-hj-np-tv-xz]{2,4}$/.test(folded) ? spelledForm(folded.toUpperCase()) : null);
    if (spelled) acronyms.set(folded, spelled.toLowerCase());
  }
  const own: QueryTerm[] = [];
  const seen = new Map<string, number>();
  const order: number[] = [];
  // "the group's plan" is about the group: a possessive is its noun.
  for (const word of foldedWords(text).map((w) => w.replace(/'s$/, ""))) {
    if (word.length < 2 || FUNCTION_WORDS.has(word) || !/\p{L}/u.test(word)) continue;
    if (own.length >= MAX_OWN_TERMS && !seen.has(`${stem(word, "en")}|${stem(word, "es")}`)) break;
    const light = QUESTION_WORDS.has(word) || isStopword(word, language);
    const term = termOf(word, light ? LIGHT_WEIGHT : 1, word);
    const spelled = acronyms.get(word);
    if (spelled) term.spelled = spelled;
    const key = `${term.stems.en}|${term.stems.es}`;
    const known = seen.get(key);
    if (known !== undefined) {
      order.push(known);
      continue;
    }
    seen.set(key, own.length);
    order.push(own.length);
    own.push(term);
  }
  const pairs: [number, number][] = [];
  for (let i = 1; i < order.length; i++) {
    const first = order[i - 1] as number;
    const second = order[i] as number;
    if (first !== second && (own[first]?.weight ?? 0) === 1 && (own[second]?.weight ?? 0) === 1)
      pairs.push([first, second]);
  }
  const terms = [...own];
  // The other spelling of an English word counts as the word itself ("color" finds "colour").
  for (const term of own) {
    for (const word of otherSpellings(term.word)) {
      const extra = termOf(word, term.weight, term.word, ["en"]);
      const key = `${extra.stems.en}|${extra.stems.es}`;
      if (seen.has(key)) continue;
      seen.set(key, terms.length);
      terms.push(extra);
    }
  }
  for (const term of own) {
    if (terms.length >= MAX_TERMS) break;
    for (const expansion of expansionsOf(term.word)) {
      const extra = termOf(expansion.word, expansion.weight * term.weight, term.word, expansion.languages);
      const key = `${extra.stems.en}|${extra.stems.es}`;
      if (seen.has(key)) continue;
      seen.set(key, terms.length);
      terms.push(extra);
    }
  }
  return { text, language, terms, pairs, speakerHints: speakerHints(text) };
}

/**
 * Words that could name a speaker: every lowercased word, plus single capital letters that are
 * not the pronoun "I" (meeting corpora label people "Speaker A", "Grad D").
 */
function speakerHints(text: string): string[] {
  const hints = new Set<string>();
  for (const word of words(text)) if (word.length > 1) hints.add(fold(word));
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])([A-HJ-Z])(?![\p{L}\p{N}'’])/gu)) {
    hints.add((match[1] as string).toLowerCase());
  }
  return [...hints];
}
