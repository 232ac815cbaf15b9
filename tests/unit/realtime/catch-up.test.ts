import { describe, expect, it } from "vitest";
import { fetchAllSegments, fetchMeetingStatus, fetchRealtimeToken } from "@/lib/realtime/catch-up.client";

const MEETING = "7c0b3c1e-1111-4222-8333-944444444444";
const line = (seq: number) => ({ seq, speaker: "Ana", text: `line ${seq}`, startMs: seq, endMs: seq + 1 });

/** A stand-in for the transcript endpoint: `total` segments, answered `limit` at a time. */
function transcriptServer(total: number) {
  const requests: string[] = [];
  const fetcher = async (input: string) => {
    requests.push(input);
    const url = new URL(input, "http://localhost");
    const limit = Number(url.searchParams.get("limit"));
    const from = Number(url.searchParams.get("cursor") ?? 0);
    const data = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => line(from + i));
    const next = from + data.length < total ? String(from + data.length) : null;
    return Response.json({ data, nextCursor: next });
  };
  return { fetcher, requests };
}

describe("catching up after a (re)join", () => {
  it("reads every page of the transcript, not just the first 1000 lines", async () => {
    const server = transcriptServer(2500);
    const segments = await fetchAllSegments(MEETING, server.fetcher);
    expect(segments).toHaveLength(2500);
    expect(segments.at(-1)?.seq).toBe(2499);
    expect(server.requests).toEqual([
      `/api/v1/meetings/${MEETING}/transcript?limit=1000`,
      `/api/v1/meetings/${MEETING}/transcript?limit=1000&cursor=1000`,
      `/api/v1/meetings/${MEETING}/transcript?limit=1000&cursor=2000`,
    ]);
  });

  it("makes one request for a short transcript", async () => {
    const server = transcriptServer(3);
    expect(await fetchAllSegments(MEETING, server.fetcher)).toEqual([line(0), line(1), line(2)]);
    expect(server.requests).toHaveLength(1);
  });

  it("fails loudly on an error page instead of returning part of the transcript", async () => {
    const fetcher = async () => new Response("{}", { status: 503 });
    await expect(fetchAllSegments(MEETING, fetcher)).rejects.toThrow(/503/);
  });

  it("reads the status, and calls a meeting that answers 404 deleted", async () => {
    expect(await fetchMeetingStatus(MEETING, async () => Response.json({ status: "analyzing" }))).toBe(
      "analyzing",
    );
    expect(await fetchMeetingStatus(MEETING, async () => new Response("", { status: 404 }))).toBe("deleted");
  });

  it("gets no token when the server refuses, fails or answers nonsense, so the page can use SSE", async () => {
    const token = { token: "jwt", expiresAt: "2026-12-31T00:00:00.000Z", expiresIn: 600 };
    expect(await fetchRealtimeToken(async () => Response.json(token))).toEqual(token);
    expect(await fetchRealtimeToken(async () => new Response("{}", { status: 404 }))).toBeNull();
    expect(await fetchRealtimeToken(async () => Response.json({ token: "jwt" }))).toBeNull();
    expect(
      await fetchRealtimeToken(async () => {
        throw new TypeError("network down");
      }),
    ).toBeNull();
  });
});
