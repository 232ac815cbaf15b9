import { fold, foldKeepingOffsets } from "@/lib/kernel/text/fold";
import { type Language, stem } from "@/lib/kernel/text/stem";
import { isContentWord } from "@/lib/kernel/text/stopwords";

/** What a question asks for when it wants one fact rather than an account. */
export type FactKind = "number" | "date" | "name";

const ASKS_NUMBER =
  /\b(?:how (?:many|much|long|often|big|large|high|low|deep|far|tall|wide|old)|what (?:percentage|percent|number|price|amount|share|figure|depth|distance|size)|cuant[oa]s?|que (?:porcentaje|precio|cantidad|numero|cifra|profundidad|distancia|altura|tamano|duracion))\b/;
const ASKS_DATE =
  /(?:^\W*when\b|\bwhen (?:is|was|are|were|will|did|do|does|should)\b|\b(?:what (?:date|day|time)|by when|due date|deadline)\b|^\W*cuando\b|\bcuando (?:es|fue|sera|hay|vence|se|van|vamos)\b|\b(?:que (?:fecha|dia)|a que hora|fecha limite|para cuando|hasta cuando)\b|\bwhat time\b)/;
const ASKS_NAME =
  /(?:^\W*(?:who|whom|quien(?:es)?)\b|\b(?:who (?:is|was|are|will|did|does|said|proposed)|(?:what|which) (?:is|was) (?:the|his|her|their) name|name of|como se llaman?|quien(?:es)? (?:es|fue|son|va|dijo|propuso)|el nombre)\b)/;

// Words that ask for the figure rather than name the topic ("how much does it cost"): the talk
// gives the figure ("forty-nine euros a month") without them.
const FACT_WORDS = new Set(
  `cost costs costing cuesta cuestan costar costaria price charge charges cobra cobran pay pays paid paga pagan
  worth vale valen take takes took lleva llevan llevaria llevara tarda tardan tardaria last lasts dura duran long far
  deep depth profundidad distancia often big large size tamano old much many`.split(/\s+/),
);

/** Whether a question's (folded) word only asks for the figure. */
export const isFactWord = (foldedWord: string) => FACT_WORDS.has(foldedWord);

// "How much … cost / budget / price": the figure wanted is an amount of money.
const ASKS_MONEY =
  /\b(?:cost\w*|price\w*|pric\w*|budget\w*|spend\w*|pay\w*|paid|charge\w*|salary|cuest\w*|cost\w*|precio\w*|presupuesto\w*|gast\w*|pag\w*|cobr\w*)\b/;
const MONEY = /(?:dollar|euro|pound|buck|dolar|\$|€|£|thousand|million|mil\b|millon)/;

/** The kind of fact a question asks for, if it asks for one. */
export function askedFact(question: string): FactKind | null {
  const text = fold(question);
  if (ASKS_NUMBER.test(text)) return "number";
  if (ASKS_DATE.test(text)) return "date";
  if (ASKS_NAME.test(text)) return "name";
  return null;
}

const NUMBER_WORD =
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\\w+cientos|mil|millon|millones";
const NUMERAL = `(?:\\d[\\d.,:]*%?|(?:${NUMBER_WORD}))`;
const APPROX =
  "about|around|roughly|almost|nearly|over|under|more than|less than|at least|up to|some|approximately|unos|unas|casi|mas de|menos de|alrededor de|cerca de|aproximadamente|como";
const UNIT =
  "percent|per cent|por ciento|dollars|euros|pounds|bucks|dolares|minutes|hours|days|weeks|months|years|minutos|horas|dias|semanas|meses|anos|seats|users|people|personas|usuarios|milliseconds|ms|k";
// In folded text (lowercase, no accents), so offsets match the folded sentence.
const NUMBER_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${APPROX})\\s+)?(?:an?\\s+)?${NUMERAL}(?:(?:\\s+|-)(?:and\\s+|y\\s+|a\\s+)?${NUMERAL})*(?:\\s+(?:${UNIT}))?(?![\\p{L}\\p{N}])`,
  "gu",
);

const DAY =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo";
const MONTH =
  "january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";
const DATE_CORE = `(?:(?:next|this|last|el|la|el proximo|este)\\s+)?(?:${DAY})(?:\\s+(?:at|a las)\\s+\\w+(?:\\s+\\w+)?)?|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+de\\s+(?:${MONTH})|(?:in|en)\\s+(?:${MONTH})|today|tomorrow|tonight|hoy|manana(?:\\s+a primera hora)?|end of (?:the )?(?:day|week|month|quarter)|fin de mes|next (?:week|month|quarter|year)|la semana que viene|la proxima semana|q[1-4]|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)|(?:at|a las)\\s+(?:${NUMBER_WORD}|\\d{1,2})(?:\\s+(?:o'clock|pacific|menos cuarto|y media))?`;
const DATE_PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:on|by|before|after|until|from|antes del?|para el|hasta el|desde el|el)\\s+)?(?:${DATE_CORE})(?:,?\\s+(?:end of day|at \\w+|a las \\w+))?(?![\\p{L}\\p{N}])`,
  "gu",
);

const CALENDAR_WORDS = new Set(`${DAY}|${MONTH}`.split("|"));
// A run of capitalised words (a name), not at the very start of the text.
const NAME = /(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

type Found = { text: string; start: number; end: number };

function matches(pattern: RegExp, folded: string, original: string): Found[] {
  return [...folded.matchAll(pattern)].map((match) => ({
    text: original.slice(match.index, match.index + match[0].length),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Character offsets of the question's topic words (by stem) in a sentence. */
function topicOffsets(sentence: string, topicStems: ReadonlySet<string>, language: Language): number[] {
  const offsets: number[] = [];
  for (const match of foldKeepingOffsets(sentence).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (topicStems.has(stem(match[0], language))) offsets.push(match.index);
  }
  return offsets;
}

/**
 * The number, date or name a sentence gives, the one nearest the question's topic words when it
 * gives several ("about sixty dispatchers across three hubs" → "about sixty dispatchers" for
 * "how many dispatchers"); null when it gives none. `exclude` are words of the question itself,
 * which are no answer ("Acme" in "who runs Acme").
 */
export function findFact(
  kind: FactKind,
  sentence: string,
  options: {
    topicStems: ReadonlySet<string>;
    language: Language;
    exclude?: ReadonlySet<string>;
    /** The question, whose wording says which figure fits best (an amount of money for "cost"). */
    question?: string;
    /** Only a figure followed by a topic word or by no noun ("twenty dispatchers" doesn't count trucks). */
    countsTopic?: boolean;
  },
): string | null {
  const folded = foldKeepingOffsets(sentence);
  let found: Found[] = [];
  if (kind === "number") found = matches(NUMBER_PHRASE, folded, sentence);
  else if (kind === "date") found = matches(DATE_PHRASE, folded, sentence);
  else {
    found = [...sentence.matchAll(NAME)]
      .map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }))
      .filter((name) => {
        const parts = fold(name.text).split(/\s+/);
        // "I'm", and acronyms ("IT", "PDF", "CFO"), are no one's name.
        if (/^I(?:['’]|$)/.test(name.text) || /^\p{Lu}+$/u.test(name.text)) return false;
        return !parts.some((part) => CALENDAR_WORDS.has(part) || options.exclude?.has(part));
      });
  }
  // "one" alone is too often "the one that": a lone small word counts only with a unit or approximation.
  found = found.filter((fact) => !/^(?:one|una|uno|a|an|half)$/i.test(fact.text.trim()));
  if (kind === "number" && options.question && ASKS_MONEY.test(fold(options.question))) {
    const money = found.filter(
      (fact) => MONEY.test(fold(fact.text)) || MONEY.test(folded.slice(fact.end, fact.end + 12)),
    );
    if (money.length > 0) found = money;
  }
  if (kind === "number" && options.countsTopic) {
    found = found.filter((fact) => {
      const next = /^\s+([\p{L}'’-]+)/u.exec(sentence.slice(fact.end));
      if (!next) return true;
      const word = fold(next[1] as string);
      return !isContentWord(word, options.language) || options.topicStems.has(stem(word, options.language));
    });
  }
  if (found.length === 0) return null;
  const topic = topicOffsets(sentence, options.topicStems, options.language);
  const distance = (fact: Found) =>
    topic.length === 0 ? fact.start : Math.min(...topic.map((at) => Math.abs(at - fact.start)));
  const best = [...found].sort((a, b) => distance(a) - distance(b))[0] as Found;
  let text = best.text.trim();
  if (kind === "number") {
    // The thing counted, when the sentence names it right after the number: "sixty dispatchers".
    const next = /^\s+([\p{L}'’-]+)/u.exec(sentence.slice(best.end));
    if (next && options.topicStems.has(stem(fold(next[1] as string), options.language)))
      text = `${text} ${next[1]}`;
  }
  return text;
}

/** A fact as the opening of an answer: "About sixty dispatchers." */
export function factSentence(fact: string): string {
  const text = fact.replace(/[\s,;:.]+$/, "");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
