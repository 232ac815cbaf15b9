import { AppError } from "@/lib/kernel/errors";
import { MAX_SEQ } from "@/lib/transcripts/normalize-segment";

/** No Last-Event-ID: the stream replays from the first segment. */
export const REPLAY_ALL = -1;

/**
 * The seq a client resumes after. Seq gaps are allowed (DESIGN §5), so resuming goes by seq, not by
 * position: a client resuming with Last-Event-ID n gets only segments with seq > n. A segment
 * stored later with a seq ≤ n (a late backfill into a gap) never reaches that stream; the
 * transcript (GET …/transcript) has it.
 */
export function parseLastEventId(header: string | null): number {
  const value = header?.trim() ?? "";
  if (value === "") return REPLAY_ALL;
  const seq = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(seq) || seq > MAX_SEQ) {
    throw new AppError("validation", "Last-Event-ID must be the seq of a segment this stream sent.", {
      errors: [{ path: "Last-Event-ID", message: `must be an integer from 0 to ${MAX_SEQ}` }],
    });
  }
  return seq;
}
