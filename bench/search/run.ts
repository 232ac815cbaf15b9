// Full-text search benchmark (prints figures; not a test): 10,000 meetings / 1,000,000 segments of
// generated Spanish and English text for one user, then p50/p95/p99 of `searchTranscripts` (top 20
// hits with snippets) over three passes of new random queries on a freshly started server (cold,
// then warming), and the index size.
// Run: npx tsx --import ./scripts/server-only-hook.mjs bench/search/run.ts [--meetings 10000] [--segments-per-meeting 100]
import path from "node:path";
import type postgres from "postgres";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { ensureEmbeddedDatabase } from "@/lib/kernel/db/embedded-server";
import { migrate } from "@/lib/kernel/db/migrate";
import { searchTranscripts } from "@/lib/search/search-transcripts";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const MEETINGS = arg("meetings", 10_000);
const PER_MEETING = arg("segments-per-meeting", 100);
const QUERIES = 300;

const EN =
  `the we need to review budget launch customer pricing roadmap hiring deadline release migration database
certificate contract renewal proposal invoice onboarding feedback quarter revenue pipeline churn support
ticket dashboard analytics integration security audit compliance vendor meeting team product design sprint
backlog estimate risk blocker deploy staging production incident outage latency performance mobile app`.split(
    /\s+/,
  );
const ES =
  `el la los las que de y en un una presupuesto lanzamiento cliente precios hoja de ruta contratación plazo
versión migración base de datos certificado contrato renovación propuesta factura incorporación comentarios
trimestre ingresos embudo soporte incidencia panel analítica integración seguridad auditoría cumplimiento
proveedor reunión equipo producto diseño sprint pendientes estimación riesgo bloqueo despliegue producción
rendimiento aplicación obra andamio casco arnés extintor prevención`.split(/\s+/);
const RARE = Array.from({ length: 2000 }, (_, i) => `proyecto${i}`);
// A realistic vocabulary: thousands of words with a Zipf distribution, the topical words above among them.
const SYLLABLES =
  "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu".split(
    " ",
  );
const FILLER = Array.from({ length: 6000 }, (_, i) => {
  let word = "";
  for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function seed(sql: postgres.Sql, userId: string) {
  const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from transcript_segments`;
  if (n >= MEETINGS * PER_MEETING && !process.argv.includes("--reseed")) return;
  await sql`truncate meetings cascade`;
  const started = performance.now();
  // Each segment is 12–30 words drawn with a Zipf-like skew, plus an occasional rare project code so
  // some queries are selective, as real searches for names and codes are.
  await sql`
    insert into meetings (id, owner_id, title, status, source, language, created_at)
    select gen_random_uuid(), ${userId}, 'Meeting ' || g, 'ready', 'upload', case when g % 2 = 0 then 'es' else 'en' end,
           now() - (g || ' minutes')::interval
    from generate_series(1, ${MEETINGS}) g`;
  const meetings = await sql<{ id: string; language: string }[]>`select id, language from meetings`;
  const word = (words: string[]) => {
    const roll = Math.random();
    if (roll < 0.02) return RARE[Math.floor(Math.random() * RARE.length)] as string;
    if (roll < 0.3) return words[Math.floor(Math.random() ** 2.2 * words.length)] as string;
    return FILLER[Math.floor(Math.random() ** 3 * FILLER.length)] as string;
  };
  for (let i = 0; i < meetings.length; i += 50) {
    const rows = meetings.slice(i, i + 50).flatMap((meeting) => {
      const words = meeting.language === "es" ? ES : EN;
      return Array.from({ length: PER_MEETING }, (_, seq) => ({
        meeting_id: meeting.id,
        seq,
        speaker: `Speaker ${(seq % 4) + 1}`,
        text: Array.from({ length: 12 + Math.floor(Math.random() * 19) }, () => word(words)).join(" "),
        start_ms: seq * 4000,
        end_ms: seq * 4000 + 3500,
        search_config: meeting.language === "es" ? "spanish" : "english",
      }));
    });
    await sql`insert into transcript_segments ${sql(rows)}`;
    process.stderr.write(`\rseeded ${Math.min(i + 50, meetings.length)}/${meetings.length} meetings`);
  }
  await sql`analyze transcript_segments`;
  process.stderr.write(`\nseeding took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

function queryMix(): string[] {
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)] as T;
  const content = [...EN.slice(8), ...ES.slice(9)];
  return Array.from({ length: QUERIES }, (_, i) => {
    if (i % 3 === 0) return pick(RARE);
    if (i % 3 === 1) return `${pick(content)} ${pick(RARE)}`;
    return `${pick(content)} ${pick(content)}`;
  });
}

const embedded = await ensureEmbeddedDatabase(path.resolve(".data/bench-search"));
process.env.DATABASE_URL = embedded.url;
const sql = getSql();
await migrate(sql);
await sql`insert into users (email) values ('bench@example.test') on conflict do nothing`;
const [user] = await sql<{ id: string }[]>`select id from users where email = 'bench@example.test'`;
await seed(sql, user!.id);

/** Times every query of the mix once; `queries[i]`'s kind is rare, mixed, common by i % 3. */
async function timeMix(userId: string, queries: string[]) {
  const timings: Record<string, number[]> = { rare: [], mixed: [], common: [] };
  for (const [i, q] of queries.entries()) {
    const started = performance.now();
    await searchTranscripts(userId, { q, limit: 20 });
    const kind = i % 3 === 0 ? "rare" : i % 3 === 1 ? "mixed" : "common";
    timings[kind]?.push(performance.now() - started);
  }
  return timings;
}

// The server was just started: the first pass reads most pages from the OS. The later passes are
// new queries on the cache the earlier ones filled, as a server that has been up a while answers them.
const passes = [];
for (const name of [
  "first pass after the server starts (cold cache)",
  "second pass, new queries",
  "third pass, new queries",
]) {
  passes.push({ name, timings: await timeMix(user!.id, queryMix()) });
}
const [sizes] = await sql<{ table: string; gin: string; total: string }[]>`
  select pg_size_pretty(pg_relation_size('transcript_segments')) as table,
         pg_size_pretty(pg_relation_size('transcript_segments_search_idx')) as gin,
         pg_size_pretty(pg_total_relation_size('transcript_segments')) as total`;
const [{ count } = { count: 0 }] = await sql<
  { count: number }[]
>`select count(*)::int as count from transcript_segments`;
const line = (name: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${name.padEnd(8)} n=${String(sorted.length).padStart(3)}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`;
};
console.log(`\nsearch over ${MEETINGS} meetings / ${count} segments (one user), top 20 with snippets`);
for (const pass of passes) {
  console.log(pass.name);
  console.log(line("all", Object.values(pass.timings).flat()));
  for (const [kind, values] of Object.entries(pass.timings)) console.log(line(kind, values));
}
console.log(`table ${sizes?.table}, GIN index ${sizes?.gin}, total with indexes ${sizes?.total}`);
await closeDb();
await embedded.stop();
