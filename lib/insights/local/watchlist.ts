import type { Insights, Segment } from "@/lib/insights/types";
import { FOLDED_WORD_CHAR, fold, foldKeepingOffsets } from "./fold";

type WatchlistHit = Insights["watchlistHits"][number];

const CONTEXT_CHARS = 160;

/**
 * One hit per watchlist term per segment it occurs in, matched whole-word and ignoring case and
 * accents ("reunión" finds "Reunion"), with ~160 characters of the original text around it.
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
    const folded = foldKeepingOffsets(text);
    for (const { term, pattern } of terms) {
      pattern.lastIndex = 0;
      const match = pattern.exec(folded);
      if (match)
        hits.push({ term, seq: segment.seq, context: contextAround(text, match.index, match[0].length) });
    }
  }
  return hits;
}

function uniqueTerms(watchlist: readonly string[]): { term: string; pattern: RegExp }[] {
  const seen = new Set<string>();
  const terms: { term: string; pattern: RegExp }[] = [];
  for (const raw of watchlist) {
    const term = typeof raw === "string" ? raw.trim().replace(/\s+/g, " ") : "";
    const key = fold(term);
    if (!/[\p{L}\p{N}]/u.test(key) || seen.has(key)) continue;
    seen.add(key);
    const body = key
      .split(" ")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\-]+");
    const edge = `[${FOLDED_WORD_CHAR}]`;
    terms.push({ term, pattern: new RegExp(`(?<!${edge})${body}(?!${edge})`, "gu") });
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
