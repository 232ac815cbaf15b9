import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/kernel/cursor";
import { getSql } from "@/lib/kernel/db/client";
import { getOwnedMeeting } from "./get-meeting";

import type { SegmentJson } from "./schemas";

export type { SegmentJson };

const cursorSchema = z.object({ s: z.number().int().min(0).max(2_000_000_000) });

/** A page of a meeting's segments in seq order. */
export async function listSegments(
  userId: string,
  meetingId: string,
  page: { cursor?: string; limit: number },
): Promise<{ data: SegmentJson[]; nextCursor: string | null }> {
  await getOwnedMeeting(userId, meetingId);
  const after = decodeCursor(page.cursor, cursorSchema);
  const rows = await getSql()<SegmentJson[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
    from transcript_segments
    where meeting_id = ${meetingId} ${after ? getSql()`and seq > ${after.s}` : getSql()``}
    order by seq limit ${page.limit + 1}`;
  const data = rows.slice(0, page.limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > page.limit && last ? encodeCursor({ s: last.seq }) : null };
}

/** Every segment of a meeting in seq order, read in batches (exports stream this). */
export async function* allSegments(meetingId: string, batch = 2000): AsyncGenerator<SegmentJson> {
  let after = -1;
  for (;;) {
    const rows = await getSql()<SegmentJson[]>`
      select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
      from transcript_segments where meeting_id = ${meetingId} and seq > ${after}
      order by seq limit ${batch}`;
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = last.seq;
  }
}
