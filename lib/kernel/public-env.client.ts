/**
 * The NEXT_PUBLIC_* variables browser code may read: Next.js writes their build-time values into
 * the browser bundle, and only where the code spells `process.env.NEXT_PUBLIC_…` out literally, so
 * they are read here rather than through env() (lib/kernel/env.ts, server only). The one file
 * besides env.ts that the lint rule style/noProcessEnv lets read process.env.
 */
export const publicEnv = {
  NEXT_PUBLIC_SUPABASE_URL: process.env.NEXT_PUBLIC_SUPABASE_URL ?? "",
  NEXT_PUBLIC_SUPABASE_ANON_KEY: process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY ?? "",
};
