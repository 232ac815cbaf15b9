import { lowerFirst } from "@/lib/kernel/text/lower-first";
import type { ReportContext } from "./reported-speech-en";
import { spanishThirdPerson, UNAMBIGUOUS_FIRST_PERSON } from "./spanish-third-person";

// Turns one Spanish sentence a speaker said into a summary sentence about them: a first-person
// verb takes their name ("Yo preparo el artículo" → "Marta prepara el artículo"); a sentence
// without one is attributed ("Según Luis, quedan dos bugs").

const WORD = /\p{L}+/gu;
const CLITICS = new Set(["me", "te", "le", "lo", "la", "los", "las", "les", "nos", "os", "se"]);
// "Me gustaría…", "me parece…": the speaker is the indirect object.
const DATIVE_OPENER = /^me\s+(?=\p{L})/iu;

// "Recapitulo rápido: …", "En resumen, …": the speaker summing up, said as such.
const RECAP_ES =
  /^(?:recapitulo(?: r[aá]pido)?|recapitulando|resumo(?: r[aá]pido)?|resumiendo|en resumen|resumen|para resumir)\s*[:,]\s*/iu;
const REPORTING = [
  (name: string) => `Según ${name},`,
  (name: string) => `${name} señaló que`,
  (name: string) => `${name} explicó que`,
  (name: string) => `${name} comentó que`,
];

export function reportSpanish(text: string, context: ReportContext): string {
  const { name } = context;
  const sentence = text.trim();
  if (/^¿|\?$/.test(sentence)) return `${name} preguntó: "${sentence}"`;
  const recap = RECAP_ES.exec(sentence);
  if (recap) return `${name} resumió: ${possessives(firstPersonVerbs(sentence.slice(recap[0].length)))}`;
  const withName = namedSubject(sentence, name);
  if (withName) return capitalise(possessives(withName));
  if (DATIVE_OPENER.test(sentence)) {
    return `A ${name} le ${possessives(sentence.replace(DATIVE_OPENER, ""))}`;
  }
  const lead = (REPORTING[context.turn % REPORTING.length] as (name: string) => string)(name);
  return `${lead} ${possessives(firstPersonVerbs(lowerFirst(sentence, context.isProper)))}`;
}

/**
 * The sentence with its first-person verb in the third person and the name as its subject, or
 * null when it doesn't open with one. Verbs after a later "yo" change too ("…y yo llamo" → "…y
 * llama"), which Spanish allows without repeating the subject.
 */
function namedSubject(sentence: string, name: string): string | null {
  const tokens = [...sentence.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  let index = 0;
  let afterYo = false;
  if (tokens[0]?.word.toLowerCase() === "yo") {
    afterYo = true;
    index = 1;
  }
  while (index < tokens.length && CLITICS.has((tokens[index] as { word: string }).word.toLowerCase()))
    index++;
  const verb = tokens[index];
  if (!verb || sentence.slice(tokens[0]?.start ?? 0, verb.start).match(/[,;:.]/)) return null;
  const third = spanishThirdPerson(verb.word, afterYo);
  if (!third) return null;
  const subjectStart = tokens[afterYo ? 1 : 0]?.start ?? verb.start;
  const clitics = sentence
    .slice(subjectStart, verb.start)
    .replace(/(?<![\p{L}])me(?![\p{L}])/giu, "se")
    .toLowerCase();
  let rest = sentence.slice(verb.end);
  // "Me encargo yo de…": the subject said after the verb goes, now that the name leads.
  rest = rest.replace(/^(\s+)yo(?![\p{L}])\s*/iu, "$1").replace(/^\s+/, " ");
  rest = firstPersonVerbs(rest);
  return `${name} ${clitics}${third.toLowerCase()}${rest}`;
}

function possessives(text: string): string {
  return text.replace(
    /(?<![\p{L}])([Mm])(is?)(?![\p{L}])/gu,
    (_, m: string, rest: string) => `${m === "M" ? "S" : "s"}${rest === "is" ? "us" : "u"}`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "las tengo en el almacén" → "las tiene…": forms that can only be a first-person verb. */
function firstPersonVerbs(text: string): string {
  return text
    .replace(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu, (word) =>
      UNAMBIGUOUS_FIRST_PERSON.has(word.toLowerCase()) ? (spanishThirdPerson(word, true) ?? word) : word,
    )
    .replace(
      /(?<![\p{L}])yo\s+((?:(?:me|te|le|lo|la|los|las|les|nos|os|se)\s+)*)(\p{L}+)/giu,
      (whole, pre: string, word: string) => {
        const converted = spanishThirdPerson(word, true);
        return converted ? `${pre.replace(/(?<![\p{L}])me(?![\p{L}])/giu, "se")}${converted}` : whole;
      },
    );
}
