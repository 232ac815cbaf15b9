import { getSql } from "@/lib/db/client";
import { getInsights } from "@/lib/insights/get-insights";
import { getOwnedMeeting } from "@/lib/meetings/get-meeting";
import type { SegmentJson } from "@/lib/meetings/segments";
import { type MeetingNotification, subscribe } from "./listener";
import { SseWriter } from "./sse-writer";

const HEARTBEAT_MS = 15_000;
const FINAL = new Set(["ready", "failed"]);

async function segmentsFrom(meetingId: string, fromSeq: number): Promise<SegmentJson[]> {
  return getSql()<SegmentJson[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs" from transcript_segments
    where meeting_id = ${meetingId} and seq >= ${fromSeq}
    order by seq`;
}

async function currentStatus(meetingId: string) {
  const [row] = await getSql()<
    { status: string; error: string | null }[]
  >`select status, error from meetings where id = ${meetingId}`;
  return row;
}

/**
 * GET …/events (DESIGN §5): `segment` events with `id: <seq>` (all of them first when there is no
 * Last-Event-ID, else only later ones), `status` and `insights` events without id, heartbeats,
 * and the end of the stream once the meeting is ready or failed.
 */
export async function meetingEventStream(
  userId: string,
  meetingId: string,
  request: Request,
): Promise<Response> {
  await getOwnedMeeting(userId, meetingId);
  const lastEventId = Number.parseInt(request.headers.get("last-event-id") ?? "", 10);
  const after = Number.isFinite(lastEventId) ? lastEventId : -1;
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const writer = new SseWriter(controller);
      const sent = new Set<number>();
      let lastStatus: string | undefined;
      let busy = Promise.resolve();
      const sendSegments = (segments: SegmentJson[]) => {
        for (const segment of segments) {
          if (sent.has(segment.seq)) continue;
          sent.add(segment.seq);
          writer.send("segment", segment, segment.seq);
        }
      };
      const sendStatus = async () => {
        const row = await currentStatus(meetingId);
        if (!row) {
          writer.send("status", { status: "deleted" });
          writer.close();
          return;
        }
        if (row.status !== lastStatus) {
          lastStatus = row.status;
          writer.send("status", { status: row.status, ...(row.error ? { error: row.error } : {}) });
        }
        if (FINAL.has(row.status)) {
          if (row.status === "ready") {
            const insights = await getInsights(userId, meetingId).catch(() => null);
            if (insights) writer.send("insights", insights);
          }
          writer.close();
        }
      };
      const onEvent = (event: MeetingNotification) => {
        // One event at a time, in order, so a status never overtakes the segments before it.
        busy = busy
          .then(async () => {
            if (writer.isClosed) return;
            if (event.kind === "segments") {
              const segments =
                "segments" in event
                  ? event.segments
                  : await segmentsFrom(meetingId, Math.max(event.fromSeq, after + 1));
              sendSegments(segments.filter((segment) => segment.seq > after));
            } else await sendStatus();
          })
          .catch(() => writer.close())
          // A stream that ended on `ready`/`failed` lets go of its heartbeat and subscription too.
          .then(() => {
            if (writer.isClosed) cleanup();
          });
      };
      // Subscribe before replaying so nothing written in between is missed; `sent` drops repeats.
      const unsubscribe = await subscribe(meetingId, onEvent);
      const heartbeat = setInterval(() => writer.comment("ping"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        writer.markClosed();
      };
      request.signal.addEventListener("abort", cleanup);
      busy = busy.then(async () => {
        sendSegments(await segmentsFrom(meetingId, after + 1));
        await sendStatus();
      });
      await busy.catch(() => writer.close());
      if (writer.isClosed) cleanup();
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
