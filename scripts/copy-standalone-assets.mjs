// `next build` with output: "standalone" leaves static assets out of .next/standalone; put them in,
// so `node .next/standalone/server.js` (what Docker runs) serves the whole app.
import { cpSync, existsSync } from "node:fs";

cpSync(".next/static", ".next/standalone/.next/static", { recursive: true });
if (existsSync("public")) cpSync("public", ".next/standalone/public", { recursive: true });
cpSync("supabase/migrations", ".next/standalone/supabase/migrations", { recursive: true });
