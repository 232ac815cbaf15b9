import { cleanSegments } from "@/lib/insights/sentences";
import type { Segment } from "@/lib/insights/types";

/** Lead baseline: the first `words` words of the (cleaned) transcript. */
export function leadSummary(segments: readonly Segment[], words = 150): string {
  const text = cleanSegments(segments)
    .map((segment) => segment.text)
    .join(" ");
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(" ");
}
