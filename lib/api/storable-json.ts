import { AppError } from "@/lib/kernel/errors";

/** Deeper than any body the API takes (chat messages nest about ten levels); past it the walk stops. */
export const MAX_JSON_DEPTH = 64;

type Pending = { value: unknown; path: string; depth: number };

const joinPath = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function checkText(text: string, path: string, where: string): void {
  if (text.includes("\u0000")) {
    throw new AppError("validation", "Text must not contain NUL (U+0000) characters.", {
      errors: [{ path: path || where, message: "contains a NUL character" }],
    });
  }
  if (!text.isWellFormed()) {
    throw new AppError("validation", "Text must be valid Unicode.", {
      errors: [{ path: path || where, message: "contains an unpaired surrogate (invalid Unicode)" }],
    });
  }
}

/**
 * Refuses, with a clear 422, what Postgres can't store or the server can't safely walk: text with
 * U+0000 (text columns refuse it), a lone UTF-16 surrogate (jsonb refuses it; JSON allows "\ud800"),
 * and nesting deeper than MAX_JSON_DEPTH. The walk keeps its own stack, so a body nested thousands
 * of levels deep can't overflow the call stack.
 */
export function assertStorableJson(value: unknown, where = "body"): void {
  const pending: Pending[] = [{ value, path: "", depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: item, path, depth } = next;
    if (typeof item === "string") {
      checkText(item, path, where);
      continue;
    }
    if (!item || typeof item !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) {
      throw new AppError("validation", `The ${where} is nested deeper than ${MAX_JSON_DEPTH} levels.`, {
        errors: [{ path: path || where, message: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
      });
    }
    const children: Pending[] = [];
    if (Array.isArray(item)) {
      for (const [index, child] of item.entries())
        children.push({ value: child, path: joinPath(path, index), depth: depth + 1 });
    } else {
      for (const [key, child] of Object.entries(item)) {
        // Keys become text too (speaker renames are a map of names).
        checkText(key, path, where);
        children.push({ value: child, path: joinPath(path, key), depth: depth + 1 });
      }
    }
    // Reversed onto the stack, so the first bad value in the document is the one named.
    for (const child of children.reverse()) pending.push(child);
  }
}
