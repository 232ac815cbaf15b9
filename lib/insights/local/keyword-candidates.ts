import type { CleanSegment } from "@/lib/insights/sentences";
import { fold } from "@/lib/kernel/text/fold";
import type { Language } from "@/lib/kernel/text/stem";
import { stem } from "@/lib/kernel/text/stem";
import { isContentWord } from "@/lib/kernel/text/stopwords";
import { wordSpans } from "@/lib/kernel/text/tokenize";

/** A 1–3 word phrase, keyed by its stems, with how often and where it was said. */
export type KeywordCandidate = {
  key: string;
  size: number;
  count: number;
  seqs: Set<number>;
  /** Spellings seen ("budget", "budgets") and how often. */
  surfaces: Map<string, number>;
};

type Token = { surface: string; folded: string; stem: string; content: boolean };

// Connectors allowed inside a three-word phrase: "point of sale", "plan de negocio".
const CONNECTORS = new Set(["of", "de", "del", "for"]);

/**
 * Every phrase of 1–3 words that starts and ends with a content word and doesn't cross
 * punctuation. Acronyms ("EPI", "PPE") count as content; names of participants don't.
 */
export function keywordCandidates(
  segments: readonly CleanSegment[],
  language: Language,
  isName: (folded: string) => boolean,
): Map<string, KeywordCandidate> {
  const candidates = new Map<string, KeywordCandidate>();
  const tokens = new Map<string, Token>();
  const tokenOf = (word: string): Token => {
    let token = tokens.get(word);
    if (!token) {
      const folded = fold(word).replace(/’/g, "'");
      const acronym = /^\p{Lu}{2,6}$/u.test(word);
      const content = acronym || (isContentWord(folded, language) && folded.length >= 3 && !isName(folded));
      token = { surface: acronym ? word : word.toLowerCase(), folded, stem: stem(folded, language), content };
      tokens.set(word, token);
    }
    return token;
  };
  for (const segment of segments) {
    for (const run of runsOf(segment.text)) {
      const words = run.map(tokenOf);
      words.forEach((first, start) => {
        if (!first.content) return;
        for (let size = 1; size <= 3 && start + size <= words.length; size++) {
          const gram = words.slice(start, start + size);
          if (!gram.at(-1)?.content) continue;
          const middle = gram[1];
          if (size === 3 && middle && !(middle.content || CONNECTORS.has(middle.folded))) continue;
          const key = gram.map((token) => token.stem).join(" ");
          let entry = candidates.get(key);
          if (!entry) {
            entry = { key, size, count: 0, seqs: new Set(), surfaces: new Map() };
            candidates.set(key, entry);
          }
          entry.count++;
          entry.seqs.add(segment.seq);
          const surface = gram.map((token) => token.surface).join(" ");
          entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
        }
      });
    }
  }
  return candidates;
}

/** Word runs not crossing punctuation, so phrases never span two clauses. */
function runsOf(text: string): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  let lastEnd = 0;
  for (const { word, start, end } of wordSpans(text)) {
    if (current.length > 0 && /[.,;:?!()"“”…—–]/.test(text.slice(lastEnd, start))) {
      runs.push(current);
      current = [];
    }
    current.push(word);
    lastEnd = end;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
