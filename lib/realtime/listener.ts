import "server-only";
import { EventEmitter } from "node:events";
import postgres from "postgres";
import { databaseUrl, OUTAGE_SAFE_OPTIONS } from "@/lib/kernel/db/client";
import { EVENTS_CHANNEL } from "@/lib/kernel/db/notify";
import { type Env, env } from "@/lib/kernel/env";
import { logError } from "@/lib/kernel/log";
import type { Segment } from "@/lib/transcripts/types";

/** Names the LISTEN connection in pg_stat_activity (operators, and tests that cut it). */
export const LISTEN_APPLICATION_NAME = "minuta-listen";

export type MeetingNotification =
  | { meetingId: string; kind: "segments"; segments: Segment[] }
  | { meetingId: string; kind: "segments"; fromSeq: number }
  | { meetingId: string; kind: "status" }
  | { meetingId: string; kind: "insights" }
  // Not sent through Postgres: raised here when the LISTEN connection came back after a drop.
  | { meetingId: string; kind: "reconnected" };

type ListenerGlobals = { minutaEventBus?: Promise<EventEmitter>; minutaListenSql?: postgres.Sql };
const globals = globalThis as ListenerGlobals;

/**
 * LISTEN needs a session of its own, which a transaction pooler can't give: DATABASE_LISTEN_URL
 * (e.g. Supabase's session pooler) when set, else the app's own database URL.
 */
export function listenDatabaseUrl(
  source: Partial<Pick<Env, "DATABASE_LISTEN_URL" | "DATABASE_URL">> = env(),
): string {
  return source.DATABASE_LISTEN_URL || databaseUrl();
}

/**
 * One LISTEN connection per server process, fanned out to every subscriber in it. Notifications
 * come from any process writing to the database, so several app instances all deliver.
 */
function bus(): Promise<EventEmitter> {
  globals.minutaEventBus ??= (async () => {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    // Outage-safe too: the LISTEN comes back within a second of the database, not after 20 s of backoff.
    const sql = postgres(listenDatabaseUrl(), {
      ...OUTAGE_SAFE_OPTIONS,
      max: 1,
      onnotice: () => {},
      connection: { application_name: LISTEN_APPLICATION_NAME },
    });
    globals.minutaListenSql = sql;
    let listenedBefore = false;
    const onNotify = (payload: string) => {
      try {
        const event = JSON.parse(payload) as MeetingNotification;
        emitter.emit(event.meetingId, event);
      } catch (error) {
        logError("bad realtime notification", error);
      }
    };
    // postgres.js reconnects a dropped LISTEN connection by itself and calls this again each time.
    // Whatever was notified while it was down is gone, so every subscriber catches up on its own.
    const onListen = () => {
      if (listenedBefore) {
        for (const meetingId of emitter.eventNames()) {
          if (typeof meetingId === "string") emitter.emit(meetingId, { meetingId, kind: "reconnected" });
        }
      }
      listenedBefore = true;
    };
    await sql.listen(EVENTS_CHANNEL, onNotify, onListen);
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
