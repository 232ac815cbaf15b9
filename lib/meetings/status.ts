import type { TransactionSql } from "postgres";
import { getSql } from "@/lib/kernel/db/client";
import { notifyMeeting } from "@/lib/kernel/db/notify";
import { enqueue } from "@/lib/kernel/jobs/queue";
import type { Reason } from "@/lib/kernel/reasons";
import { recordMeetingEvent } from "./meeting-events";
import type { MeetingStatus } from "./meeting-status";

/**
 * DESIGN §5's status machine: from each status, where a meeting may go next. Live: `created` →
 * `live` → `analyzing`; files: `uploaded` → `transcribing` → `analyzing` (a transcript file goes
 * straight to `analyzing`), waiting in `awaiting_transcription` without an engine for it; then
 * `ready` | `failed`. A failed or ready meeting is analyzed again (Regenerate, Retry), and a failed
 * one takes a new file. A status to itself is a step started again: a retried transcription, a
 * re-analysis asked for while one runs.
 */
export const TRANSITIONS: { readonly [from in MeetingStatus]: readonly MeetingStatus[] } = {
  created: ["live", "uploaded", "analyzing"],
  live: ["analyzing"],
  uploaded: ["transcribing", "awaiting_transcription", "analyzing", "failed"],
  transcribing: ["transcribing", "awaiting_transcription", "analyzing", "failed"],
  awaiting_transcription: ["uploaded", "analyzing"],
  analyzing: ["analyzing", "ready", "failed"],
  ready: ["analyzing"],
  failed: ["uploaded", "analyzing"],
};

/** The statuses a meeting can move to `to` from. */
export function statusesInto(to: MeetingStatus): MeetingStatus[] {
  return (Object.keys(TRANSITIONS) as MeetingStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

export function canMove(from: MeetingStatus, to: MeetingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type StatusChange = {
  to: MeetingStatus;
  /** Narrows where the meeting may come from (the caller's own guard), within the table. */
  from?: readonly MeetingStatus[];
  /** Why it stopped (`failed`, `awaiting_transcription`); any other status clears the reason. */
  error?: Reason | null;
  /** The job that takes the meeting on from here, queued in the same transaction. */
  next?: "analyze" | "transcribe";
};

async function apply(sql: TransactionSql, meetingId: string, change: StatusChange): Promise<boolean> {
  const allowed = statusesInto(change.to).filter((status) => !change.from || change.from.includes(status));
  if (allowed.length === 0) return false;
  const [row] = await sql`
    update meetings set status = ${change.to}, error = ${change.error ? sql.json(change.error) : null}, updated_at = now()
    where id = ${meetingId} and status = any(${allowed}::text[]) returning id`;
  if (!row) return false;
  if (change.to === "ready") await recordMeetingEvent(sql, meetingId, "meeting.ready");
  if (change.to === "failed") await recordMeetingEvent(sql, meetingId, "meeting.failed");
  await notifyMeeting({ meetingId, kind: "status" }, sql);
  if (change.to === "ready") await notifyMeeting({ meetingId, kind: "insights" }, sql);
  if (change.next) await enqueue(change.next, meetingId, {}, sql);
  return true;
}

/**
 * The one writer of a meeting's status. Moves it to `change.to` when the table (and `from`) allow
 * it from where it stands — else changes nothing — and in the same transaction
 * records what the change means: meeting.ready / meeting.failed webhook deliveries, the NOTIFY
 * live pages hear (sent on commit), the job that comes next. Pass `tx` to make it part of a
 * larger change (the analysis that is stored with `ready`); without it, it is its own transaction.
 * Returns whether the meeting moved.
 */
export async function changeStatus(
  meetingId: string,
  change: StatusChange,
  tx?: TransactionSql,
): Promise<boolean> {
  if (tx) return apply(tx, meetingId, change);
  return getSql().begin((sql) => apply(sql, meetingId, change));
}
