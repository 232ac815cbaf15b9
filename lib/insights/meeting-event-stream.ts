import { storedInsightsOf } from "@/lib/insights/get-insights";
import { isDatabaseUnavailable } from "@/lib/kernel/db/database-unavailable";
import { logError, logWarn } from "@/lib/kernel/log";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import type { SegmentJson } from "@/lib/meetings/segments";
import { currentStatus, segmentsFrom, segmentsNotSent } from "@/lib/realtime/event-stream-queries";
import { parseLastEventId } from "@/lib/realtime/last-event-id";
import { type MeetingNotification, subscribe } from "@/lib/realtime/listener";
import { SseWriter } from "@/lib/realtime/sse-writer";

const HEARTBEAT_MS = 15_000;
const CATCH_UP_RETRY_MS = 1000;
const FINAL = new Set(["ready", "failed"]);

/**
 * GET …/events (DESIGN §5): `segment` events with `id: <seq>` (all of them first when there is no
 * Last-Event-ID, else only seq > Last-Event-ID: see parseLastEventId), `status` and `insights`
 * events without id, heartbeats, and the end of the stream once the meeting is ready or failed.
 */
export async function meetingEventStream(
  userId: string,
  meetingId: string,
  request: Request,
): Promise<Response> {
  const after = parseLastEventId(request.headers.get("last-event-id"));
  await getOwnedMeeting(userId, meetingId);

  let writer: SseWriter | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe = () => {};
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(heartbeat);
    unsubscribe();
    writer?.markClosed();
  };

  const sent = new Set<number>();
  let lastStatus: string | undefined;
  const sendSegments = (out: SseWriter, segments: SegmentJson[]) => {
    for (const segment of segments) {
      if (segment.seq <= after || sent.has(segment.seq)) continue;
      sent.add(segment.seq);
      out.send("segment", segment, segment.seq);
    }
  };
  const sendStatus = async (out: SseWriter) => {
    const row = await currentStatus(meetingId);
    if (!row) {
      out.send("status", { status: "deleted" });
      out.close();
      return;
    }
    if (row.status !== lastStatus) {
      lastStatus = row.status;
      out.send("status", { status: row.status, ...(row.error ? { error: row.error } : {}) });
    }
    if (FINAL.has(row.status)) {
      if (row.status === "ready") {
        // The stream checked the meeting is the user's when it opened.
        const insights = await storedInsightsOf(meetingId).catch(() => null);
        if (insights) out.send("insights", insights);
      }
      out.close();
    }
  };
  const handle = async (out: SseWriter, event: MeetingNotification) => {
    if (event.kind === "segments") {
      sendSegments(
        out,
        "segments" in event
          ? event.segments
          : await segmentsFrom(meetingId, Math.max(event.fromSeq, after + 1)),
      );
    } else if (event.kind === "reconnected") {
      // Notifications sent while this process's LISTEN connection was down are lost: catch up.
      sendSegments(out, await segmentsNotSent(meetingId, after, sent));
      await sendStatus(out);
    } else await sendStatus(out);
  };

  // One task at a time, in order, so a status never overtakes the segments before it.
  let busy = Promise.resolve();
  const enqueue = (task: (out: SseWriter) => Promise<void>) => {
    busy = busy
      .then(() => (writer && !writer.isClosed ? task(writer) : undefined))
      .catch((error) => {
        // The database blinked: the stream stays open (a browser's EventSource gives up for good
        // on the 503 its reconnection would get) and catches up once the database answers again.
        if (isDatabaseUnavailable(error)) {
          logWarn("meeting event stream waits for the database", { meetingId });
          setTimeout(() => {
            if (!stopped) enqueue((o) => handle(o, { meetingId, kind: "reconnected" }));
          }, CATCH_UP_RETRY_MS);
          return;
        }
        logError("meeting event stream failed", error, { meetingId });
        writer?.close();
      })
      // A stream that ended on `ready`/`failed` lets go of its heartbeat and subscription too.
      .then(() => {
        if (writer?.isClosed) stop();
      });
  };

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const out = new SseWriter(controller, stop);
      writer = out;
      // Subscribe before replaying so nothing written in between is missed; `sent` drops repeats.
      const unsubscribeNow = await subscribe(meetingId, (event) => enqueue((o) => handle(o, event)));
      // The client may have left while we subscribed, when stop() had nothing to undo yet.
      if (stopped) {
        unsubscribeNow();
        return;
      }
      unsubscribe = unsubscribeNow;
      heartbeat = setInterval(() => out.comment("ping"), HEARTBEAT_MS);
      enqueue(async (o) => {
        sendSegments(o, await segmentsFrom(meetingId, after + 1));
        await sendStatus(o);
      });
    },
    cancel() {
      stop();
    },
  });
  request.signal.addEventListener("abort", stop, { once: true });
  if (request.signal.aborted) stop();

  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
