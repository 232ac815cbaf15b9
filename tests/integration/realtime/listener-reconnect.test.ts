import { afterAll, expect, it } from "vitest";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { EVENTS_CHANNEL, notifyMeeting } from "@/lib/kernel/db/notify";
import { closeRealtime, LISTEN_APPLICATION_NAME } from "@/lib/realtime/listener";
import { makeCaller } from "@/tests/support/api";
import { readSse } from "@/tests/support/sse";
import { append, liveMeeting, openEvents, segment, seqsOf, statusesOf } from "./helpers";

afterAll(async () => {
  await closeRealtime();
  await closeDb();
});

it("catches up on segments and status notified while the LISTEN connection was down", async () => {
  const caller = await makeCaller();
  const id = await liveMeeting(caller);
  await append(caller, id, [0, 1]);
  const stream = readSse(await openEvents(caller, id));
  await stream.until((events) => seqsOf(events).length === 2 && statusesOf(events).includes("live"));

  // What an append and `end` write, notifications included, committed only once this process's
  // LISTEN backend is gone: those notifications reach no one, as during a real connection drop.
  const missed = [segment(2), segment(3)];
  await getSql().begin(async (tx) => {
    await tx`insert into transcript_segments ${tx(
      missed.map((s) => ({
        meeting_id: id,
        seq: s.seq,
        speaker: s.speaker,
        text: s.text,
        start_ms: s.startMs,
        end_ms: s.endMs,
      })),
    )}`;
    await tx`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ meetingId: id, kind: "segments", segments: missed })})`;
    await tx`update meetings set status = 'analyzing', ended_at = now() where id = ${id}`;
    await notifyMeeting({ meetingId: id, kind: "status" }, tx);
    const cut = await tx`
      select pg_terminate_backend(pid, 5000) as gone from pg_stat_activity
      where application_name = ${LISTEN_APPLICATION_NAME} and datname = current_database()`;
    expect(cut.map((row) => row.gone)).toEqual([true]);
  });

  await stream.until(
    (events) => seqsOf(events).length === 4 && statusesOf(events).includes("analyzing"),
    20_000,
  );
  expect(seqsOf(stream.events)).toEqual([0, 1, 2, 3]);
  expect(statusesOf(stream.events)).toEqual(["live", "analyzing"]);
  expect(stream.events.find((e) => e.id === "3")?.data).toEqual(segment(3));
  await stream.close();

  // The same connection delivers again afterwards.
  const next = await liveMeeting(caller);
  const live = readSse(await openEvents(caller, next));
  await live.until((events) => statusesOf(events).includes("created"));
  await append(caller, next, [0]);
  await live.until((events) => seqsOf(events).length === 1);
  await live.close();
});
