import { isStopword } from "./stopwords";

// Transcriber annotations: QMSum's {vocalsound} {disfmarker} {gap}, captions' [laughter] [inaudible].
const ANNOTATIONS = /\{[^{}]*\}|\[[^[\]]*\]/g;
const FILLERS =
  /(^|[\s,.;:¿¡])(?:u+m+|u+h+m*|e+r+m+|h+m+|m+h*m+|mhm|mm-hmm|uh-huh|um-hmm|e+h+|e+m+|a+h+)(?=$|[\s,.;:?!])/giu;
// Fillers that are also real words only count as fillers when set off by commas or at the start.
const SET_OFF_FILLERS =
  /(^|[.?!¿¡,]\s*)(?:you know|i mean|like|este|o sea|digamos|pues|bueno|en plan)\s*,\s*/giu;
const SPACE_BEFORE_PUNCTUATION = /\s+([.,;:?!…)])/g;
const REPEATED_PUNCTUATION = /([,;:])(?:\s*[,;:])+/g;

/**
 * Transcript text without annotations, fillers, stutters ("the the") and cut-off words
 * ("whe where"), with spacing fixed; what analysis reads. Empty when nothing is said.
 */
export function cleanText(raw: string): string {
  let text = raw.replace(ANNOTATIONS, " ");
  text = text.replace(FILLERS, "$1");
  for (let pass = 0; pass < 3; pass++) {
    const before = text;
    text = text.replace(SET_OFF_FILLERS, "$1");
    if (text === before) break;
  }
  text = text
    .replace(/\s+(n['’]t|['’](?:re|s|ll|ve|d|m))(?![\p{L}])/giu, "$1")
    .replace(/(^|\s)[@#*_~^|\\/=+<>-]+(?=\s|$)/g, "$1");
  text = dropStutters(text);
  text = text
    .replace(SPACE_BEFORE_PUNCTUATION, "$1")
    .replace(/([(¿¡])\s+/g, "$1")
    .replace(/[¿¡]\s*[?!]/g, "")
    .replace(REPEATED_PUNCTUATION, "$1")
    .replace(/[,;:]\s*([.?!])/g, "$1")
    .replace(/([.?!])(?:\s*[.,;:])+/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[\s,.;:…-]+/, "")
    .replace(/[\s,;:]+$/, "");
  if (!/[\p{L}\p{N}]/u.test(text)) return "";
  return capitaliseSentenceStarts(text);
}

function dropStutters(text: string): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    const bare = token.toLowerCase();
    const nextBare = next?.toLowerCase().replace(/[^\p{L}\p{N}']+$/u, "");
    if (nextBare !== undefined && /^[\p{L}']+$/u.test(bare)) {
      if (bare === nextBare) continue;
      if (isCutOff(bare, nextBare)) continue;
      // "C we should…", "Ch start it up": a vowelless fragment opening a clause (not "option C").
      const opensClause = kept.length === 0 || /[.,;:?!]$/.test(kept.at(-1) as string);
      if (opensClause && /^[b-df-hj-np-tv-xz]{1,3}$/.test(bare) && token !== token.toUpperCase()) continue;
      if (opensClause && /^[b-df-hj-np-tv-xz]$/.test(bare) && /^\p{Ll}/u.test(next ?? "")) continue;
    }
    const previous = kept.at(-2)?.toLowerCase();
    const last = kept.at(-1)?.toLowerCase();
    // Two-word restarts: "of the of the".
    if (previous && last && previous === bare && last === nextBare && /^[\p{L}']+$/u.test(bare)) {
      i++;
      continue;
    }
    kept.push(token);
  }
  return kept.join(" ");
}

function isCutOff(fragment: string, next: string): boolean {
  if (fragment.length >= next.length || !next.startsWith(fragment)) return false;
  if (fragment.length === 1) return fragment !== "a" && fragment !== "y" && fragment !== "o";
  return fragment.length <= 4 && !isStopword(fragment, "en") && !isStopword(fragment, "es");
}

function capitaliseSentenceStarts(text: string): string {
  return text.replace(
    /(^|[.?!]\s+)([¿¡]?)(\p{Ll})/gu,
    (_, lead, mark, letter: string) => lead + mark + letter.toUpperCase(),
  );
}
