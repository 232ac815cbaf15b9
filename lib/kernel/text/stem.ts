import { stemmer } from "stemmer";
import { fold } from "./fold";

export type Language = "es" | "en";

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Groups inflections of a word: Porter for English, a light suffix stripper for Spanish
 * (plurals and the final gender vowel), both on folded text so "Reunión"/"reuniones" meet.
 */
export function stem(word: string, language: Language): string {
  const key = `${language}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const folded = fold(word).replace(/'/g, "");
  const result = language === "es" ? stemSpanish(folded) : stemmer(folded);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

function stemSpanish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("mente")) w = w.slice(0, -5);
  if (w.length > 4 && w.endsWith("ces")) w = `${w.slice(0, -3)}z`;
  else if (w.length > 4 && /[^aeiou]es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s")) w = w.slice(0, -1);
  if (w.length > 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}
