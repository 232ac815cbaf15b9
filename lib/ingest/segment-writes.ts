import type { TransactionSql } from "postgres";
import { AppError } from "@/lib/kernel/errors";
import type { ParsedSegment } from "@/lib/transcripts/types";

/** Inserts a batch of segments, numbering those without a seq from `nextSeq`; returns the next free seq. */
export async function insertSegments(
  sql: TransactionSql,
  meetingId: string,
  segments: ParsedSegment[],
  nextSeq: number,
  searchConfig: string,
): Promise<number> {
  if (segments.length === 0) return nextSeq;
  let next = nextSeq;
  const rows = segments.map((segment) => {
    const seq = segment.seq ?? next;
    next = Math.max(next, seq + 1);
    return {
      meeting_id: meetingId,
      seq,
      speaker: segment.speaker,
      text: segment.text,
      start_ms: segment.startMs,
      end_ms: segment.endMs,
      search_config: searchConfig,
    };
  });
  const inserted =
    await sql`insert into transcript_segments ${sql(rows)} on conflict (meeting_id, seq) do nothing returning seq`;
  if (inserted.length !== rows.length) {
    throw new AppError("validation", "The transcript repeats a segment number (seq).", {
      reason: "duplicate_seq",
    });
  }
  return next;
}

/**
 * Distinct names one call adds as participants. A transcript with more speakers than this (a
 * machine-generated file naming every line differently) keeps them all on its lines; only the
 * first ones become participants, so the list stays usable and the write stays one bounded query.
 */
export const MAX_NEW_PARTICIPANTS = 200;

/** Names trimmed and cut to the column's 100 characters, one entry per name (the first email given wins). */
export function distinctParticipants(
  people: { name: string; email?: string | null }[],
  limit = MAX_NEW_PARTICIPANTS,
): { name: string; email: string | null }[] {
  const byName = new Map<string, string | null>();
  for (const person of people) {
    const name = person.name.trim().slice(0, 100);
    if (!name) continue;
    const email = person.email?.toLowerCase() ?? null;
    if (byName.has(name)) {
      if (byName.get(name) === null && email) byName.set(name, email);
      continue;
    }
    if (byName.size >= limit) continue;
    byName.set(name, email);
  }
  return [...byName].map(([name, email]) => ({ name, email }));
}

/** Adds speakers (and optional emails) to a meeting's participants in one query; a new email replaces an old one. */
export async function addParticipants(
  sql: TransactionSql,
  meetingId: string,
  people: { name: string; email?: string | null }[],
): Promise<void> {
  const rows = distinctParticipants(people);
  if (rows.length === 0) return;
  await sql`
    insert into participants (meeting_id, name, email)
    select ${meetingId}, p.name, p.email
    from unnest(${rows.map((row) => row.name)}::text[], ${rows.map((row) => row.email)}::text[]) as p(name, email)
    on conflict (meeting_id, name) do update set email = coalesce(excluded.email, participants.email)`;
}
