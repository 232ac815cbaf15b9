import type { TransactionSql } from "postgres";
import { queueAutomaticRecap } from "@/lib/email/automatic-recap";
import { getSql } from "@/lib/kernel/db/client";
import { logError } from "@/lib/kernel/log";
import { EVENTS_CHANNEL } from "@/lib/realtime/listener";
import { dispatchWebhookEvent } from "@/lib/webhooks/dispatch";

// What happens when a meeting changes state, in one place, in two steps:
// - record…: webhook deliveries, written in the transaction that makes the change, so a crash can't
//   keep the change and lose the event (nor send an event for a change that rolled back);
// - announce…: after the commit, live pages hear it (NOTIFY) and the recap email is queued; these
//   are best effort and never undo the change.

async function notify(meetingId: string, kind: "status" | "insights") {
  await getSql()`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ meetingId, kind })})`;
}

async function safely(what: string, meetingId: string, work: () => Promise<unknown>) {
  await work().catch((error) => logError(`${what} failed`, error, { meetingId }));
}

export async function recordActionItemsCreated(
  tx: TransactionSql,
  meetingId: string,
  actionItemIds: string[],
): Promise<void> {
  for (const actionItemId of actionItemIds) {
    await dispatchWebhookEvent(tx, "action_item.created", { meetingId, actionItemId });
  }
}

/** In the transaction that marks the meeting ready: meeting.ready, then its new action items. */
export async function recordMeetingReady(
  tx: TransactionSql,
  meetingId: string,
  createdActionItemIds: string[],
): Promise<void> {
  await dispatchWebhookEvent(tx, "meeting.ready", { meetingId });
  await recordActionItemsCreated(tx, meetingId, createdActionItemIds);
}

export async function announceMeetingReady(meetingId: string): Promise<void> {
  await safely("notify ready", meetingId, () => notify(meetingId, "status"));
  await safely("notify insights", meetingId, () => notify(meetingId, "insights"));
  await safely("recap email", meetingId, () => queueAutomaticRecap(meetingId));
}

/** In the transaction that marks the meeting failed. */
export async function recordMeetingFailed(tx: TransactionSql, meetingId: string): Promise<void> {
  await dispatchWebhookEvent(tx, "meeting.failed", { meetingId });
}

export async function announceMeetingFailed(meetingId: string): Promise<void> {
  await safely("notify failed", meetingId, () => notify(meetingId, "status"));
}
