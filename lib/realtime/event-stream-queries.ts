import { getSql } from "@/lib/kernel/db/client";
import { englishReason, type Reason } from "@/lib/kernel/reasons";
import type { Segment } from "@/lib/transcripts/types";

/** A meeting's segments with seq ≥ fromSeq, in order. */
export async function segmentsFrom(meetingId: string, fromSeq: number): Promise<Segment[]> {
  return getSql()<Segment[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs" from transcript_segments
    where meeting_id = ${meetingId} and seq >= ${fromSeq}
    order by seq`;
}

/**
 * Segments after `after` that a stream has not sent yet, in order. Listing seqs first keeps a
 * catch-up cheap on a long meeting: only the missing rows travel.
 */
export async function segmentsNotSent(
  meetingId: string,
  after: number,
  sent: ReadonlySet<number>,
): Promise<Segment[]> {
  const stored = await getSql()<{ seq: number }[]>`
    select seq from transcript_segments where meeting_id = ${meetingId} and seq > ${after}`;
  const missing = stored.map((row) => row.seq).filter((seq) => !sent.has(seq));
  if (missing.length === 0) return [];
  return getSql()<Segment[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs" from transcript_segments
    where meeting_id = ${meetingId} and seq = any(${missing}::int[])
    order by seq`;
}

/** The meeting's status and error, or undefined once it is deleted. */
export async function currentStatus(
  meetingId: string,
): Promise<{ status: string; error: string | null } | undefined> {
  const [row] = await getSql()<{ status: string; error: Reason | null }[]>`
    select status, error from meetings where id = ${meetingId}`;
  return row && { status: row.status, error: row.error && englishReason(row.error) };
}
