import { expect } from "vitest";
import * as chatRoute from "@/app/api/v1/chat/route";
import * as filesRoute from "@/app/api/v1/meetings/[id]/files/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import { getSql } from "@/lib/db/client";
import { analyzeLocally } from "@/lib/insights/local/analyze";
import { storeInsights } from "@/lib/insights/store-insights";
import type { Segment } from "@/lib/insights/types";
import { type Caller, call, fileForm } from "@/tests/support/api";

/** A meeting of `caller` with a "Speaker: text" transcript uploaded through the files route. */
export async function meetingWith(caller: Caller, title: string, transcript: string): Promise<string> {
  const created = await call(meetingsRoute.POST, "POST", "/api/v1/meetings", {
    key: caller.key,
    json: { title },
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const uploaded = await call(filesRoute.POST, "POST", `/api/v1/meetings/${id}/files`, {
    key: caller.key,
    params: { id },
    rawBody: fileForm(transcript, `${title}.txt`),
  });
  expect(uploaded.status).toBe(201);
  return id;
}

/** Runs the local notes engine on a meeting and marks it ready, as the analyze job would. */
export async function analyze(meetingId: string, ownerId: string): Promise<void> {
  const sql = getSql();
  const segments = await sql<Segment[]>`
    select seq, speaker, text, start_ms as "startMs", end_ms as "endMs"
    from transcript_segments where meeting_id = ${meetingId} order by seq`;
  const insights = analyzeLocally({
    segments,
    language: "auto",
    meetingDate: new Date("2026-11-18T10:00:00Z"),
    timezone: "Europe/Madrid",
    participants: [],
    watchlist: [],
    template: "default",
  });
  await sql.begin(async (tx) => {
    await storeInsights(tx, { id: meetingId, ownerId }, insights, null);
    await tx`update meetings set status = 'ready' where id = ${meetingId}`;
  });
}

export const questionBody = (text: string, extra: Record<string, unknown> = {}) => ({
  messages: [{ id: "q1", role: "user", parts: [{ type: "text", text }] }],
  ...extra,
});

// biome-ignore lint/suspicious/noExplicitAny: stream chunks are read as the client reads them
export type Chunk = Record<string, any>;

/** The UI message stream's chunks, parsed from the server-sent events the route answers. */
export function chunksOf(sse: string): Chunk[] {
  return sse
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data.startsWith("{"))
    .map((data) => JSON.parse(data) as Chunk);
}

export const textOf = (chunks: Chunk[]) =>
  chunks
    .filter((chunk) => chunk.type === "text-delta")
    .map((chunk) => chunk.delta as string)
    .join("");

export async function askStream(caller: Caller, body: unknown) {
  const response = await call(chatRoute.POST, "POST", "/api/v1/chat", { key: caller.key, json: body });
  return { ...response, chunks: chunksOf(response.text) };
}

export async function askJson(caller: Caller, body: unknown) {
  return call(chatRoute.POST, "POST", "/api/v1/chat", {
    key: caller.key,
    json: body,
    headers: { accept: "application/json" },
  });
}
