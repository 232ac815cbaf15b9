import type { TransactionSql } from "postgres";
import { AppError } from "@/lib/errors";
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

/** Adds speakers (and optional emails) to a meeting's participants without touching existing entries' emails. */
export async function addParticipants(
  sql: TransactionSql,
  meetingId: string,
  people: { name: string; email?: string | null }[],
): Promise<void> {
  for (const person of people) {
    const name = person.name.trim().slice(0, 100);
    if (!name) continue;
    await sql`
      insert into participants (meeting_id, name, email) values (${meetingId}, ${name}, ${person.email?.toLowerCase() ?? null})
      on conflict (meeting_id, name) do update set email = coalesce(excluded.email, participants.email)`;
  }
}
