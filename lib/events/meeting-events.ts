import { getSql } from "@/lib/db/client";
import { queueAutomaticRecap } from "@/lib/email/automatic-recap";
import { logError } from "@/lib/observability/log";
import { EVENTS_CHANNEL } from "@/lib/realtime/listener";
import { dispatchWebhookEvent } from "@/lib/webhooks/dispatch";

// What happens when a meeting changes state, in one place: live pages hear it (NOTIFY), recaps
// and webhooks are queued. Failures here never undo the state change itself.

async function notify(meetingId: string, kind: "status" | "insights") {
  await getSql()`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ meetingId, kind })})`;
}

async function safely(what: string, meetingId: string, work: () => Promise<unknown>) {
  await work().catch((error) => logError(`${what} failed`, error, { meetingId }));
}

export async function onMeetingReady(meetingId: string): Promise<void> {
  await safely("notify ready", meetingId, () => notify(meetingId, "status"));
  await safely("notify insights", meetingId, () => notify(meetingId, "insights"));
  await safely("recap email", meetingId, () => queueAutomaticRecap(meetingId));
  await safely("meeting.ready webhook", meetingId, () =>
    dispatchWebhookEvent("meeting.ready", { meetingId }),
  );
}

export async function onMeetingFailed(meetingId: string): Promise<void> {
  await safely("notify failed", meetingId, () => notify(meetingId, "status"));
  await safely("meeting.failed webhook", meetingId, () =>
    dispatchWebhookEvent("meeting.failed", { meetingId }),
  );
}

export async function onActionItemsCreated(meetingId: string, actionItemIds: string[]): Promise<void> {
  for (const actionItemId of actionItemIds) {
    await safely("action_item.created webhook", meetingId, () =>
      dispatchWebhookEvent("action_item.created", { meetingId, actionItemId }),
    );
  }
}
