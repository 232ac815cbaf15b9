import { fold } from "@/lib/kernel/text/fold";
import { INFINITIVE } from "./spanish-verbs";

// First-person forms whose third person isn't the regular ending swap.
const IRREGULAR: Record<string, string> = {
  voy: "va",
  soy: "es",
  estoy: "está",
  tengo: "tiene",
  he: "ha",
  hago: "hace",
  digo: "dice",
  puedo: "puede",
  quiero: "quiere",
  creo: "cree",
  sé: "sabe",
  doy: "da",
  pongo: "pone",
  traigo: "trae",
  salgo: "sale",
  vengo: "viene",
  veo: "ve",
  prefiero: "prefiere",
  pienso: "piensa",
  propongo: "propone",
  entiendo: "entiende",
  sigo: "sigue",
  pido: "pide",
  empiezo: "empieza",
  encuentro: "encuentra",
  vuelvo: "vuelve",
  cierro: "cierra",
  recuerdo: "recuerda",
  cuento: "cuenta",
  muestro: "muestra",
  siento: "siente",
  necesito: "necesita",
  encargo: "encarga",
  ocupo: "ocupa",
  apunto: "apunta",
  hablo: "habla",
  miro: "mira",
  termino: "termina",
  trabajo: "trabaja",
  llevo: "lleva",
  quedo: "queda",
  espero: "espera",
  hice: "hizo",
  dije: "dijo",
  fui: "fue",
  tuve: "tuvo",
  estuve: "estuvo",
  pude: "pudo",
  puse: "puso",
  vine: "vino",
  traje: "trajo",
  quise: "quiso",
  supe: "supo",
};
/** First-person forms that are never another word ("tengo", "he"), safe to change anywhere. */
export const UNAMBIGUOUS_FIRST_PERSON: ReadonlySet<string> = new Set(
  Object.keys(IRREGULAR).filter(
    (form) =>
      ![
        "trabajo",
        "espero",
        "cuento",
        "recuerdo",
        "encuentro",
        "fui",
        "vine",
        "traje",
        "encargo",
        "apunto",
        "miro",
      ].includes(form),
  ),
);
// Regular -er/-ir verbs said in the first person (the rest of the known ones are -ar).
const ER_IR = new Set(
  "como bebo leo escribo comparto subo recibo decido debo aprendo respondo vendo meto abro corro cubro asumo resumo insisto discuto permito añado".split(
    " ",
  ),
);
// Words ending like a preterite (-é, -í) that are not verbs.
const NOT_VERBS = new Set("aquí allí ahí así sí mí ti qué café bebé josé también según además".split(" "));

/**
 * The third person singular of a first-person verb form ("preparo" → "prepara", "enviaré" →
 * "enviará", "terminé" → "terminó"), or null when `word` isn't one this can tell. `afterYo` allows
 * the riskier guesses ("-o" of any verb) when "yo" said it is a verb.
 */
export function spanishThirdPerson(word: string, afterYo: boolean): string | null {
  const lower = word.toLowerCase();
  const cased = (out: string) => (/^\p{Lu}/u.test(word) ? out.charAt(0).toUpperCase() + out.slice(1) : out);
  const irregular = IRREGULAR[lower];
  if (irregular) return cased(irregular);
  if (NOT_VERBS.has(lower) || lower.length < 4) return null;
  const future = /^(\p{L}+(?:ar|er|ir))é$/u.exec(lower);
  if (future) return cased(`${future[1]}á`);
  if (/^\p{L}+[^aeiouáéíóú]é$/u.test(lower)) return cased(`${lower.slice(0, -1)}ó`);
  if (/^\p{L}+[^aeiouáéíóú]í$/u.test(lower)) return cased(`${lower.slice(0, -1)}ió`);
  // Imperfect and conditional are the same in both persons: "yo estaba", "yo propondría".
  if (afterYo && /(?:aba|ía)$/u.test(lower)) return word;
  if (!lower.endsWith("o")) return null;
  const infinitive = INFINITIVE[fold(lower)];
  if (!infinitive && !afterYo && !ER_IR.has(lower)) return null;
  const vowel = ER_IR.has(lower) || (infinitive && !infinitive.endsWith("ar")) ? "e" : "a";
  return cased(`${lower.slice(0, -1)}${vowel}`);
}
