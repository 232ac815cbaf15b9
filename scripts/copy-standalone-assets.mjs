// `next build` with output: "standalone" leaves static assets out of .next/standalone; put them in,
// so `node .next/standalone/server.js` (what Docker runs) serves the whole app.
import { cpSync, existsSync, rmSync } from "node:fs";

cpSync(".next/static", ".next/standalone/.next/static", { recursive: true });
if (existsSync("public")) cpSync("public", ".next/standalone/public", { recursive: true });
cpSync("supabase/migrations", ".next/standalone/supabase/migrations", { recursive: true });

// next.config.ts keeps `.data/` out of the traces, but an entry the excludes don't reach (the
// instrumentation hook's, in some Next versions) could still copy local databases and secrets in:
// never ship them.
rmSync(".next/standalone/.data", { recursive: true, force: true });
