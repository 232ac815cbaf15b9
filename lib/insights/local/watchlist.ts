import type { Insights, Segment } from "@/lib/insights/types";
import { FOLDED_WORD_CHAR, fold, foldKeepingOffsets } from "@/lib/kernel/text/fold";
import { stem } from "@/lib/kernel/text/stem";
import { wordSpans } from "@/lib/kernel/text/tokenize";

type WatchlistHit = Insights["watchlistHits"][number];
type Stems = { en: string; es: string };
type Term = {
  term: string;
  /** The term's words as stems: "opportunity" finds "opportunities", "precio" finds "precios". */
  stems: Stems[] | null;
  /** For terms that aren't plain words ("C++", "v2.0"): the exact text, whole-word. */
  exact: RegExp | null;
};
type Word = Stems & { start: number; end: number };

const CONTEXT_CHARS = 160;
const PLAIN_WORDS = /^[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[\s-]+[\p{L}\p{N}]+(?:['’][\p{L}]+)*)*$/u;
// Between the words of a phrase only spaces and hyphens: "pricing-page" and "pricing  page" match.
const PHRASE_GAP = /^[\s-]+$/;

/**
 * One hit per watchlist term per segment it occurs in, ignoring case and accents ("reunión"
 * finds "Reunion") and inflections, whole words and phrases only, with ~160 characters of the
 * original text around it. A watchlist serves every meeting and meetings mix languages, so a word
 * matches when its English or its Spanish stem does.
 */
export function findWatchlistHits(
  segments: readonly Segment[],
  watchlist: readonly string[],
): WatchlistHit[] {
  const terms = uniqueTerms(watchlist);
  if (terms.length === 0) return [];
  const ordered = [...segments].sort((a, b) => a.seq - b.seq);
  const hits: WatchlistHit[] = [];
  for (const segment of ordered) {
    const text = typeof segment.text === "string" ? segment.text : "";
    const words = wordSpans(text).map(({ word, start, end }) => ({ ...stemsOf(word), start, end }));
    let folded: string | null = null;
    for (const term of terms) {
      let found: { start: number; end: number } | null = null;
      if (term.stems) found = findPhrase(text, words, term.stems);
      else if (term.exact) {
        folded ??= foldKeepingOffsets(text);
        term.exact.lastIndex = 0;
        const match = term.exact.exec(folded);
        if (match) found = { start: match.index, end: match.index + match[0].length };
      }
      if (found) {
        hits.push({
          term: term.term,
          seq: segment.seq,
          context: contextAround(text, found.start, found.end - found.start),
        });
      }
    }
  }
  return hits;
}

const stemsOf = (word: string): Stems => ({ en: stem(word, "en"), es: stem(word, "es") });

function findPhrase(text: string, words: readonly Word[], stems: readonly Stems[]) {
  for (let first = 0; first + stems.length <= words.length; first++) {
    let matched = true;
    for (let offset = 0; offset < stems.length && matched; offset++) {
      const word = words[first + offset] as Word;
      const wanted = stems[offset] as Stems;
      matched = word.en === wanted.en || word.es === wanted.es;
      if (matched && offset > 0) {
        matched = PHRASE_GAP.test(text.slice((words[first + offset - 1] as Word).end, word.start));
      }
    }
    if (matched) {
      return { start: (words[first] as Word).start, end: (words[first + stems.length - 1] as Word).end };
    }
  }
  return null;
}

function uniqueTerms(watchlist: readonly string[]): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const raw of watchlist) {
    const term = typeof raw === "string" ? raw.trim().replace(/\s+/g, " ") : "";
    const key = fold(term);
    if (!/[\p{L}\p{N}]/u.test(key) || seen.has(key)) continue;
    seen.add(key);
    if (PLAIN_WORDS.test(term)) {
      terms.push({ term, stems: wordSpans(term).map(({ word }) => stemsOf(word)), exact: null });
      continue;
    }
    const body = key
      .split(" ")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\-]+");
    const edge = `[${FOLDED_WORD_CHAR}]`;
    terms.push({ term, stems: null, exact: new RegExp(`(?<!${edge})${body}(?!${edge})`, "gu") });
  }
  return terms;
}

/** About CONTEXT_CHARS around the match, cut at word boundaries, "…" where text was cut. */
export function contextAround(text: string, start: number, length: number): string {
  const room = Math.max(0, Math.floor((CONTEXT_CHARS - length) / 2));
  let from = Math.max(0, start - room);
  let to = Math.min(text.length, start + length + room);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space > start + length ? space : to;
  }
  const body = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}
