import type { CleanSegment } from "@/lib/insights/sentences";
import { fold } from "@/lib/kernel/text/fold";
import type { ActionKind } from "./action-pattern";
import type { NameIndex } from "./names";
import { addressedName } from "./names";

export const ACCEPTANCE =
  /^(?:sure|yes|yeah|yep|ok|okay|will do|on it|no problem|of course|absolutely|definitely|i can|i will|i'll|si|claro|vale|hecho|perfecto|de acuerdo|cuenta con ello|sin problema|por supuesto|me encargo|lo hago|yo lo hago)(?![\p{L}])/u;

export type OwnerContext = {
  names: NameIndex;
  /** The names as a folded regex alternation (see `namePattern`). */
  namePattern: string | null;
  segments: readonly CleanSegment[];
  /** The other person in a one-on-one, who any unaddressed request is for. */
  partnerOf: (speaker: string) => string | null;
};

/**
 * Who an item belongs to: the speaker for their own commitments; for a request, the person named
 * as addressee ("Ana, can you…"), else whoever accepts it in the next turn ("Sure."), else the
 * other person in a one-on-one; a named person for "Luis se encarga…"; otherwise nobody.
 */
export function ownerFor(
  kind: ActionKind,
  foldedSentence: string,
  groups: Record<string, string>,
  segment: CleanSegment,
  context: OwnerContext,
): string | null {
  if (kind === "self") return segment.speaker.trim() || null;
  if (kind === "assign") return groups.name ? (context.names.resolve(groups.name) ?? null) : null;
  if (kind !== "request") return null;
  const named = addressedName(foldedSentence, context.names);
  if (named) return named;
  const opening = addressedName(fold(segment.text.split(/[.?!]\s/)[0] ?? ""), context.names);
  if (opening) return opening;
  const next = context.segments[segment.index + 1];
  if (next && next.speaker !== segment.speaker && next.speaker.trim() && ACCEPTANCE.test(fold(next.text))) {
    return next.speaker.trim();
  }
  return context.partnerOf(segment.speaker);
}
