import type { Segment } from "@/lib/transcripts/types";
import type { RealtimeToken } from "./supabase-token";

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

const PAGE_SIZE = 1000;

/**
 * Every stored segment of a meeting, page by page (the API gives at most 1000 at a time), for a
 * browser that (re)joins Supabase Realtime and must fill in what it did not see.
 */
export async function fetchAllSegments(meetingId: string, fetcher: Fetch = fetch): Promise<Segment[]> {
  const segments: Segment[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (cursor) query.set("cursor", cursor);
    const response = await fetcher(`/api/v1/meetings/${meetingId}/transcript?${query}`, {
      cache: "no-store",
    });
    if (!response.ok) throw new Error(`transcript page answered ${response.status}`);
    const page = (await response.json()) as { data: Segment[]; nextCursor: string | null };
    segments.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return segments;
}

/** The meeting's current status; "deleted" once it is gone. */
export async function fetchMeetingStatus(meetingId: string, fetcher: Fetch = fetch): Promise<string> {
  const response = await fetcher(`/api/v1/meetings/${meetingId}`, { cache: "no-store" });
  if (response.status === 404) return "deleted";
  if (!response.ok) throw new Error(`meeting answered ${response.status}`);
  return ((await response.json()) as { status: string }).status;
}

/** A Supabase Realtime token for the signed-in user, or null when the server can't give one. */
export async function fetchRealtimeToken(fetcher: Fetch = fetch): Promise<RealtimeToken | null> {
  try {
    const response = await fetcher("/api/v1/realtime/token", { cache: "no-store" });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<RealtimeToken>;
    return typeof body.token === "string" && typeof body.expiresIn === "number"
      ? (body as RealtimeToken)
      : null;
  } catch {
    return null;
  }
}
