import type { Fragment, Sql } from "postgres";

const CONFIGS = ["english", "spanish", "simple"] as const;
const MAX_NEGATED = 32;

/**
 * One tsquery that matches a user's words in English and Spanish transcripts alike: each segment
 * is indexed with its meeting's stemmer, so the query is the union of the stemmed forms.
 * Constant per request, so the GIN index on `search` applies.
 */
export function searchQuerySql(sql: Sql, text: string) {
  // Where two stemmers agree the form is kept once: every branch is evaluated on every row matched.
  const en = sql`websearch_to_tsquery('english', ${text})`;
  const es = sql`websearch_to_tsquery('spanish', ${text})`;
  const plain = sql`websearch_to_tsquery('simple', ${text})`;
  return sql`(case
    when ${en} = ${es} and ${es} = ${plain} then ${en}
    when ${en} = ${es} or ${es} = ${plain} then ${en} || ${plain}
    when ${en} = ${plain} then ${en} || ${es}
    else ${en} || ${es} || ${plain} end)`;
}

/**
 * The words and "phrases" a web-search query leaves out (`-word`, `-"a phrase"`), read the way
 * websearch_to_tsquery reads them: a minus where a term may start (not inside a word like
 * `e-mail`), each further minus undoing the last.
 */
export function negatedTerms(text: string): string[] {
  const terms: string[] = [];
  let negate = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char) || "!&|()<>:*".includes(char)) {
      i++;
      continue;
    }
    if (char === "-") {
      negate = !negate;
      i++;
      continue;
    }
    let end: number;
    if (char === '"') {
      const close = text.indexOf('"', i + 1);
      end = close === -1 ? text.length : close + 1;
    } else {
      end = i;
      while (end < text.length && !/\s/.test(text[end] as string) && text[end] !== '"') end++;
    }
    const term = text.slice(i, end);
    if (negate && term.toLowerCase() !== "or") terms.push(term);
    negate = false;
    i = end;
  }
  return terms.slice(0, MAX_NEGATED);
}

/**
 * What a segment's `search` must match for a web-search query. The union query alone would let a
 * left-out word through another language's stemming ("API -budgets": English excludes `budget`,
 * Spanish only `budgets`), so a left-out word or phrase, stemmed in any language, excludes it.
 */
export function transcriptMatchSql(sql: Sql, column: Fragment, text: string) {
  const negated = negatedTerms(text);
  const match = sql`${column} @@ ${searchQuerySql(sql, text)}`;
  if (negated.length === 0) return match;
  const excluded = negated.flatMap((term) =>
    CONFIGS.map((config) => sql`websearch_to_tsquery(${sql.unsafe(`'${config}'`)}, ${term})`),
  );
  const union = excluded.reduce((all, next) => sql`${all} || ${next}`);
  return sql`(${match} and not (${column} @@ (${union})))`;
}

export function searchConfigFor(language: "es" | "en" | "auto"): "english" | "spanish" | "simple" {
  if (language === "es") return "spanish";
  if (language === "en") return "english";
  return "simple";
}
