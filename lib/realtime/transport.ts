import { type Env, env } from "@/lib/kernel/env";

export type RealtimeTransport = "sse" | "supabase";

/**
 * Supabase Realtime when the browser can reach a Supabase project and we can mint its tokens;
 * otherwise server-sent events fed by Postgres LISTEN/NOTIFY.
 */
type RealtimeEnv = Partial<
  Pick<Env, "NEXT_PUBLIC_SUPABASE_URL" | "NEXT_PUBLIC_SUPABASE_ANON_KEY" | "SUPABASE_JWT_SECRET">
>;

export function realtimeTransport(source: RealtimeEnv = env()): RealtimeTransport {
  return source.NEXT_PUBLIC_SUPABASE_URL && source.NEXT_PUBLIC_SUPABASE_ANON_KEY && source.SUPABASE_JWT_SECRET
    ? "supabase"
    : "sse";
}
