import { TranscriptParseError } from "@/lib/transcripts/types";
import type { Token } from "./json-tokens";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Container = JsonValue[] | { [key: string]: JsonValue };

const MAX_DEPTH = 32;

/**
 * Builds one JSON value from its tokens, holding at most `maxChars` characters of it (else
 * `tooLarge()` is thrown). Without `maxChars` it only follows the structure to skip the value.
 */
export class ValueAssembler {
  value: JsonValue = null;
  private readonly stack: Container[] = [];
  private readonly keys: string[] = [];
  private depth = 0;
  private piece = "";
  private size = 0;

  constructor(private readonly limit?: { maxChars: number; tooLarge: () => TranscriptParseError }) {}

  /** Takes the next token; true once the value is complete. */
  push(token: Token): boolean {
    switch (token.name) {
      case "startObject":
        return this.open(Object.create(null));
      case "startArray":
        return this.open([]);
      case "endObject":
      case "endArray":
        return this.close();
      case "startKey":
      case "startString":
      case "startNumber":
        this.piece = "";
        return false;
      case "stringChunk":
      case "numberChunk":
        if (this.limit) {
          this.grow(token.value.length);
          this.piece += token.value;
        }
        return false;
      case "endKey":
        this.keys[this.keys.length - 1] = this.piece;
        return false;
      case "endString":
        return this.add(this.piece);
      case "endNumber":
        return this.add(Number(this.piece));
      case "nullValue":
      case "trueValue":
      case "falseValue":
        return this.add(token.value);
      default:
        return false;
    }
  }

  private grow(chars: number): void {
    this.size += chars;
    if (this.limit && this.size > this.limit.maxChars) throw this.limit.tooLarge();
  }

  private open(container: Container): boolean {
    if (++this.depth > MAX_DEPTH) {
      throw new TranscriptParseError(
        "invalid_structure",
        "The JSON is nested too deeply to be a transcript.",
      );
    }
    if (this.limit) {
      this.grow(8);
      this.stack.push(container);
      this.keys.push("");
    }
    return false;
  }

  private close(): boolean {
    this.depth--;
    if (!this.limit) return this.depth === 0;
    this.keys.pop();
    return this.add(this.stack.pop() ?? null);
  }

  private add(value: JsonValue): boolean {
    if (!this.limit) return this.depth === 0;
    const parent = this.stack.at(-1);
    if (!parent) {
      this.value = value;
      return true;
    }
    if (Array.isArray(parent)) parent.push(value);
    else parent[this.keys.at(-1) ?? ""] = value;
    return false;
  }
}
