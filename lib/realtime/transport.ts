export type RealtimeTransport = "sse" | "supabase";

/**
 * Supabase Realtime when the browser can reach a Supabase project and we can mint its tokens;
 * otherwise server-sent events fed by Postgres LISTEN/NOTIFY.
 */
export function realtimeTransport(env: Record<string, string | undefined> = process.env): RealtimeTransport {
  return env.NEXT_PUBLIC_SUPABASE_URL && env.NEXT_PUBLIC_SUPABASE_ANON_KEY && env.SUPABASE_JWT_SECRET
    ? "supabase"
    : "sse";
}
