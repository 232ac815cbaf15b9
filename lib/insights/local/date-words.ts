import { fold } from "@/lib/kernel/text/fold";

// Folded forms (no accents): rules match against folded text.
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/** 0 = Monday … 6 = Sunday. */
export const WEEKDAYS: Record<string, number> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
  lunes: 0,
  martes: 1,
  miercoles: 2,
  jueves: 3,
  viernes: 4,
  sabado: 5,
  domingo: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  quince: 15,
  veinte: 20,
  treinta: 30,
  "a couple of": 2,
  "a couple": 2,
  "couple of": 2,
  "un par de": 2,
  par: 2,
};

const alternation = (words: string[]) =>
  words
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, "\\s+"))
    .join("|");

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
/** Month names spelled out, for phrases where an abbreviation would be a word ("en mar"). */
export const FULL_MONTH_PATTERN = alternation(
  "january february march april may june july august september october november december enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split(
    " ",
  ),
);
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const NUMBER_PATTERN = `\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))}`;

export function numberValue(text: string): number | null {
  const key = text.replace(/\s+/g, " ");
  if (/^\d+$/.test(key)) return Number(key);
  return NUMBER_WORDS[key] ?? null;
}
