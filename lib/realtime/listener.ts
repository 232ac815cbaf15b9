import { EventEmitter } from "node:events";
import postgres from "postgres";
import { databaseUrl } from "@/lib/db/client";
import type { SegmentJson } from "@/lib/meetings/segments";
import { logError } from "@/lib/observability/log";

export const EVENTS_CHANNEL = "minuta_events";

export type MeetingNotification =
  | { meetingId: string; kind: "segments"; segments: SegmentJson[] }
  | { meetingId: string; kind: "segments"; fromSeq: number }
  | { meetingId: string; kind: "status" }
  | { meetingId: string; kind: "insights" };

type ListenerGlobals = { minutaEventBus?: Promise<EventEmitter>; minutaListenSql?: postgres.Sql };
const globals = globalThis as ListenerGlobals;

/**
 * One LISTEN connection per server process, fanned out to every subscriber in it. Notifications
 * come from any process writing to the database, so several app instances all deliver.
 */
function bus(): Promise<EventEmitter> {
  globals.minutaEventBus ??= (async () => {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    const sql = postgres(databaseUrl(), { max: 1, onnotice: () => {} });
    globals.minutaListenSql = sql;
    await sql.listen(EVENTS_CHANNEL, (payload) => {
      try {
        const event = JSON.parse(payload) as MeetingNotification;
        emitter.emit(event.meetingId, event);
      } catch (error) {
        logError("bad realtime notification", error);
      }
    });
    return emitter;
  })().catch((error) => {
    globals.minutaEventBus = undefined;
    throw error;
  });
  return globals.minutaEventBus;
}

/** Calls `onEvent` for each notification about one meeting; returns the unsubscribe function. */
export async function subscribe(
  meetingId: string,
  onEvent: (event: MeetingNotification) => void,
): Promise<() => void> {
  const emitter = await bus();
  emitter.on(meetingId, onEvent);
  return () => emitter.off(meetingId, onEvent);
}

/** How many open streams in this process follow one meeting. */
export async function subscriberCount(meetingId: string): Promise<number> {
  return (await bus()).listenerCount(meetingId);
}

/** Ends this process's LISTEN connection (tests, shutdown). */
export async function closeRealtime(): Promise<void> {
  const sql = globals.minutaListenSql;
  globals.minutaListenSql = undefined;
  globals.minutaEventBus = undefined;
  await sql?.end({ timeout: 1 });
}
