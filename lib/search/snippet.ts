// ts_headline marks matches with these; segment text never contains them (normalisation strips
// control characters), and '<' '>' are swapped for two more so its HTML-aware parser keeps them.
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";
export const LT = "\u0003";
export const GT = "\u0004";

export type Snippet = { snippet: string; ranges: [number, number][] };

/** Plain text plus match ranges ([start, end), in UTF-16 code units) from a marked headline. */
export function snippetFromHeadline(headline: string): Snippet {
  let snippet = "";
  const ranges: [number, number][] = [];
  let openAt: number | null = null;
  for (const char of headline) {
    if (char === MATCH_START) openAt = snippet.length;
    else if (char === MATCH_END) {
      if (openAt !== null && snippet.length > openAt) ranges.push([openAt, snippet.length]);
      openAt = null;
    } else snippet += char === LT ? "<" : char === GT ? ">" : char;
  }
  const trimmedStart = snippet.length - snippet.trimStart().length;
  const trimmed = snippet.trim();
  return {
    snippet: trimmed,
    ranges: ranges
      .map(([start, end]): [number, number] => [start - trimmedStart, end - trimmedStart])
      .filter(([start, end]) => start >= 0 && end <= trimmed.length),
  };
}
