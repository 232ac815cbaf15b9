import type { Language } from "./stem";
import { STOPWORDS_EN } from "./stopwords-en";
import { STOPWORDS_ES } from "./stopwords-es";

// Spanish function words that are English content words ("a delivery van", "the North Sea").
// "con", "sin" and the like stay stopwords: in English talk they are mostly Spanish slipping in.
const SPANISH_IN_ENGLISH = new Set(["sea", "son", "van", "era", "once", "dice"]);

/**
 * Meetings mix languages (English product names in Spanish talk), so both lists apply, except
 * where a word of the other language means something in the meeting's own.
 */
export function isStopword(foldedWord: string, language: Language): boolean {
  if (language === "es") return STOPWORDS_ES.has(foldedWord) || STOPWORDS_EN.has(foldedWord);
  return (
    STOPWORDS_EN.has(foldedWord) || (STOPWORDS_ES.has(foldedWord) && !SPANISH_IN_ENGLISH.has(foldedWord))
  );
}

/** A word worth indexing: not a stopword, not a bare number, at least two letters. */
export function isContentWord(foldedWord: string, language: Language): boolean {
  if (foldedWord.length < 2 || isStopword(foldedWord, language)) return false;
  return /\p{L}/u.test(foldedWord);
}
