export type TimedWord = { word: string; startMs: number; endMs: number };

// With `-time yes` each utterance prints its hypothesis line, then one line per token:
// "<word> <start s> <end s> <confidence>", times absolute from the start of the file.
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?(?:e-?\d+)?)$/;

/** Spoken words from `pocketsphinx_continuous -time yes` output, without silences, fillers or noise. */
export function parsePocketsphinxWords(output: string): TimedWord[] {
  const words: TimedWord[] = [];
  for (const line of output.split("\n")) {
    const match = WORD_LINE.exec(line.trim());
    if (!match) continue;
    const [, token = "", start = "0", end = "0"] = match;
    if (/^[<[+]/.test(token)) continue; // <s>, </s>, <sil>, [NOISE], ++UH++
    words.push({
      word: token.replace(/\(\d+\)$/, ""), // "and(2)": the dictionary's second pronunciation
      startMs: Math.round(Number(start) * 1000),
      endMs: Math.round(Number(end) * 1000),
    });
  }
  return words.sort((a, b) => a.startMs - b.startMs);
}
