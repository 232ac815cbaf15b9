import type { Sql } from "postgres";

/**
 * One tsquery that matches a user's words in English and Spanish transcripts alike: each segment
 * is indexed with its meeting's stemmer, so the query is the union of the stemmed forms.
 * Constant per request, so the GIN index on `search` applies.
 */
export function searchQuerySql(sql: Sql, text: string) {
  return sql`(websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('spanish', ${text}) || websearch_to_tsquery('simple', ${text}))`;
}

export function searchConfigFor(language: "es" | "en" | "auto"): "english" | "spanish" | "simple" {
  if (language === "es") return "spanish";
  if (language === "en") return "english";
  return "simple";
}
