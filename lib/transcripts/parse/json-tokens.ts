import { jsonParser, type Token } from "stream-json/core/parser.js";
import { TranscriptParseError } from "@/lib/transcripts/types";

export type { Token };

// stream-chain's markers are global symbols: `none` flushes the tokenizer and is what it returns
// when a chunk completes no token; otherwise it returns `many(tokens)`.
const NONE = Symbol.for("object-stream.none");

function invalidJson(): TranscriptParseError {
  return new TranscriptParseError("invalid_json", "The file is not valid JSON.");
}

/**
 * JSON text → batches of stream-json tokens. Keys, strings and numbers come streamed in pieces
 * (never packed) so the reader can cap their size instead of holding an arbitrarily long value.
 */
export async function* jsonTokens(text: AsyncIterable<string>): AsyncGenerator<Token[]> {
  const tokenize = jsonParser({ packValues: false, streamValues: true });
  const run = (input: string | typeof NONE): Token[] => {
    let result: unknown;
    try {
      result = tokenize(input as string);
    } catch {
      throw invalidJson();
    }
    return result === NONE ? [] : (result as { values: Token[] }).values;
  };
  for await (const chunk of text) yield run(chunk);
  yield run(NONE);
}
