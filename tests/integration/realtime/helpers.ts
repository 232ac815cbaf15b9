import { expect } from "vitest";
import * as eventsRoute from "@/app/api/v1/meetings/[id]/events/route";
import * as segmentsRoute from "@/app/api/v1/meetings/[id]/segments/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { type Caller, call } from "@/tests/support/api";
import type { SseEvent } from "@/tests/support/sse";

export function segment(seq: number, text = `Line number ${seq} about the launch plan.`) {
  return { seq, speaker: seq % 2 ? "Luis" : "Ana", text, startMs: seq * 1000, endMs: seq * 1000 + 900 };
}

export async function liveMeeting(caller: Caller, extra: Record<string, unknown> = {}) {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title: "Live", language: "en", ...extra },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

export async function append(caller: Caller, id: string, seqs: number[]) {
  const result = await call(segmentsRoute.POST, "POST", `/api/v1/meetings/${id}/segments`, {
    key: caller.key,
    params: { id },
    json: { segments: seqs.map((seq) => segment(seq)) },
  });
  expect(result.status).toBe(200);
  return result.body as { accepted: number; duplicates: number };
}

/** GET …/events as a browser would open it; `lastEventId` as EventSource resends it. */
export function openEvents(
  caller: Caller,
  id: string,
  lastEventId?: number | string,
  signal = new AbortController().signal,
) {
  const headers = new Headers({ authorization: `Bearer ${caller.key}` });
  if (lastEventId !== undefined) headers.set("last-event-id", String(lastEventId));
  const request = new Request(`http://localhost/api/v1/meetings/${id}/events`, { headers, signal });
  return eventsRoute.GET(request, { params: Promise.resolve({ id }) });
}

export const seqsOf = (events: SseEvent[]) =>
  events.filter((e) => e.event === "segment").map((e) => Number(e.id));

export const statusesOf = (events: SseEvent[]) =>
  events.filter((e) => e.event === "status").map((e) => (e.data as { status: string }).status);
