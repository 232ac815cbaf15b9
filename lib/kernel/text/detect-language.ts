import type { Language } from "./stem";
import { foldedWords } from "./tokenize";

// Frequent function words that are not also frequent in the other language.
const ENGLISH = new Set(
  "the and is are you that this with what have we it's of to i be was for not on they but so do don't".split(
    " ",
  ),
);
const SPANISH = new Set(
  "el la los las que de y es en un una por para con se lo esta pero del al como mas muy tambien hay yo".split(
    " ",
  ),
);
const SAMPLE_WORDS = 4000;

/** Spanish or English by which language's function words are more frequent; English on a tie. */
export function detectLanguage(texts: readonly string[]): Language {
  let english = 0;
  let spanish = 0;
  let seen = 0;
  for (const text of texts) {
    for (const word of foldedWords(text)) {
      if (ENGLISH.has(word)) english++;
      if (SPANISH.has(word)) spanish++;
      seen++;
    }
    if (seen >= SAMPLE_WORDS) break;
  }
  return spanish > english ? "es" : "en";
}
