import type { ByteRange } from "./storage";

type Spec = { first: number | null; last: number | null };

/** "100-199", "100-", "-500"; null when it isn't a valid range-spec (RFC 9110 §14.1.1). */
function parseSpec(text: string): Spec | null {
  const match = /^(\d*)-(\d*)$/.exec(text.trim());
  if (!match) return null;
  const [, firstText = "", lastText = ""] = match;
  if (!firstText && !lastText) return null;
  const first = firstText ? Number(firstText) : null;
  const last = lastText ? Number(lastText) : null;
  // "5-2" is not a range at all, so the header is invalid (ignored), not unsatisfiable.
  if (first !== null && last !== null && last < first) return null;
  return { first, last };
}

/** The bytes a valid spec selects from a file of `size` bytes; null when it selects none. */
function satisfy(spec: Spec, size: number): ByteRange | null {
  if (spec.first === null) {
    const suffix = spec.last ?? 0;
    return suffix === 0 || size === 0 ? null : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  if (spec.first >= size) return null;
  return { start: spec.first, end: Math.min(spec.last ?? size - 1, size - 1) };
}

/**
 * One byte range from a Range header ("bytes=0-", "bytes=100-199", "bytes=-500"). As RFC 9110 says:
 * a header that isn't a valid bytes range (a syntax error, "bytes=5-2", another unit) is ignored,
 * so null (answer the whole file, 200); "unsatisfiable" (416) when valid but no range lies within
 * the file. Several ranges are answered with the first satisfiable one.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes\s*=(.*)$/i.exec(header.trim());
  if (!match) return null;
  const specs = (match[1] ?? "").split(",").filter((part) => part.trim() !== "");
  if (specs.length === 0) return null;
  const parsed = specs.map(parseSpec);
  if (parsed.some((spec) => spec === null)) return null;
  for (const spec of parsed as Spec[]) {
    const range = satisfy(spec, size);
    if (range) return range;
  }
  return "unsatisfiable";
}
