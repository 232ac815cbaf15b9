import { getSql } from "@/lib/db/client";
import { EVENTS_CHANNEL } from "./listener";

/** Tells every live page of a meeting that its status changed. */
export async function notifyStatus(meetingId: string): Promise<void> {
  await getSql()`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ meetingId, kind: "status" })})`;
}
