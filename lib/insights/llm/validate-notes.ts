import { isValidDate } from "@/lib/insights/local/calendar";
import type { NameIndex } from "@/lib/insights/local/names";
import type { ExtractedActionItem, InsightItem } from "@/lib/insights/types";
import { fold } from "@/lib/kernel/text/fold";
import type { ModelNotes } from "./notes-schema";

export type ValidNotes = Pick<ModelNotes, "summary" | "keyPoints" | "decisions" | "questions"> & {
  actionItems: ExtractedActionItem[];
};

/** The model's inline "[12]" / "[3, 4]" markers; citations live in `seqs`. */
const INLINE_CITATION = /\s*\[\d+(?:\s*[,;–-]\s*\d+)*\]/g;

export function cleanItemText(text: string): string {
  return text.replace(INLINE_CITATION, "").replace(/\s+/g, " ").trim();
}

/** Only seqs that exist, once each, in order; undefined when none is left. */
export function validSeqs(seqs: readonly number[], existing: ReadonlySet<number>): number[] | undefined {
  const kept = [...new Set(seqs)].filter((seq) => existing.has(seq)).sort((a, b) => a - b);
  return kept.length > 0 ? kept : undefined;
}

/** Items whose citations survive, with their citations trimmed to segments that exist. */
export function citedItems(items: readonly InsightItem[], existing: ReadonlySet<number>): InsightItem[] {
  const out: InsightItem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const text = cleanItemText(item.text);
    const seqs = validSeqs(item.seqs, existing);
    if (!text || !seqs || seen.has(fold(text))) continue;
    seen.add(fold(text));
    out.push({ text, seqs });
  }
  return out;
}

/** A real calendar date written YYYY-MM-DD, else null. */
export function validDueDate(value: string | null): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? "");
  if (!match) return null;
  return isValidDate(Number(match[1]), Number(match[2]), Number(match[3])) ? (value?.trim() ?? null) : null;
}

/** The participant or speaker the model named (full or unambiguous first name), spelled as they are; else null. */
export function validOwner(owner: string | null, names: NameIndex): string | null {
  if (!owner) return null;
  return names.resolve(fold(owner.trim())) ?? null;
}

/**
 * The model's notes with every citation checked against the segments that exist: unknown seqs
 * dropped, items left without one dropped, owners limited to known people, due dates to real dates.
 */
export function validateNotes(
  notes: ModelNotes,
  existing: ReadonlySet<number>,
  names: NameIndex,
): ValidNotes {
  const actionItems: ExtractedActionItem[] = [];
  const seen = new Set<string>();
  for (const item of notes.actionItems) {
    const text = cleanItemText(item.text);
    const seqs = validSeqs(item.seqs, existing);
    if (!text || !seqs || seen.has(fold(text))) continue;
    seen.add(fold(text));
    actionItems.push({
      text,
      owner: validOwner(item.owner, names),
      dueDate: validDueDate(item.dueDate),
      seq: seqs[0] ?? null,
    });
  }
  return {
    summary: cleanItemText(notes.summary),
    keyPoints: citedItems(notes.keyPoints, existing),
    decisions: citedItems(notes.decisions, existing),
    questions: citedItems(notes.questions, existing),
    actionItems,
  };
}

/** A part's notes restricted to the part's own segments, still in the model's shape for the merge step. */
export function restrictNotes(notes: ModelNotes, existing: ReadonlySet<number>): ModelNotes {
  const keep = <T extends { seqs: number[] }>(items: T[]) =>
    items.flatMap((item) => {
      const seqs = validSeqs(item.seqs, existing);
      return seqs ? [{ ...item, seqs }] : [];
    });
  return {
    summary: notes.summary,
    keyPoints: keep(notes.keyPoints),
    decisions: keep(notes.decisions),
    questions: keep(notes.questions),
    actionItems: keep(notes.actionItems),
  };
}
