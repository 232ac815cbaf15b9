import { stemmer } from "stemmer";

// The textbook baseline: lowercase alphanumeric tokens, a standard English stopword list,
// Porter stems, Okapi BM25 (k1 = 1.2, b = 0.75) with each turn as a document.
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but
  by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with you your yours yourself yourselves`.split(/\s+/),
);

const tokens = (text: string) =>
  (
    text
      .toLowerCase()
      .replace(/\{[^}]*\}/g, " ")
      .match(/[a-z0-9]+/g) ?? []
  )
    .filter((token) => !STOPWORDS.has(token))
    .map((token) => stemmer(token));

/** Turn indexes by plain BM25 score for the query, best first (turns with no query word left out). */
export function bm25Turns(turns: readonly string[], query: string): number[] {
  const documents = turns.map(tokens);
  const average = documents.reduce((sum, doc) => sum + doc.length, 0) / Math.max(documents.length, 1);
  const terms = [...new Set(tokens(query))];
  const df = terms.map((term) => documents.filter((doc) => doc.includes(term)).length);
  const n = documents.length;
  return documents
    .map((doc, index) => {
      let score = 0;
      terms.forEach((term, i) => {
        const tf = doc.filter((token) => token === term).length;
        if (tf === 0) return;
        const idf = Math.log(1 + (n - (df[i] ?? 0) + 0.5) / ((df[i] ?? 0) + 0.5));
        score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * doc.length) / average));
      });
      return { index, score };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.index);
}
