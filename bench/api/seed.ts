import type { Sql } from "postgres";

const TITLES = [
  "Weekly sync",
  "Budget review",
  "Customer call",
  "Sprint planning",
  "Retro",
  "Reunión semanal",
];
const PEOPLE = [
  ["Ana", "ana@example.com"],
  ["Luis", null],
  ["Marta", "marta@example.com"],
  ["Jordan", null],
];

/** Makes the user own exactly `count` meetings (ready ones mostly, a few failed or live), 2–3 participants each. */
export async function seedMeetings(sql: Sql, userId: string, count: number): Promise<void> {
  const [have] = await sql<
    { n: number }[]
  >`select count(*)::int as n from meetings where owner_id = ${userId}`;
  if (have?.n === count) return;
  await sql.begin(async (tx) => {
    await tx`delete from meetings where owner_id = ${userId}`;
    await tx`
      insert into meetings (owner_id, title, status, source, language, started_at, ended_at, duration_ms, error, created_at, updated_at)
      select ${userId},
             (${TITLES}::text[])[1 + g % ${TITLES.length}] || ' #' || g,
             case when g % 50 = 0 then 'failed' when g % 97 = 0 then 'live' else 'ready' end,
             (array['upload', 'live', 'api'])[1 + g % 3],
             (array['auto', 'es', 'en'])[1 + g % 3],
             now() - make_interval(mins => g * 45),
             now() - make_interval(mins => g * 45 - 30),
             1800000 + (g % 17) * 60000,
             case when g % 50 = 0 then '{"code":"other","params":{"text":"Transcription failed"}}'::jsonb end,
             now() - make_interval(mins => g * 45),
             now() - make_interval(mins => g * 45)
      from generate_series(1, ${count}) g`;
    for (const [index, [name, email]] of PEOPLE.entries()) {
      await tx`
        insert into participants (meeting_id, name, email)
        select id, ${name ?? ""}, ${email ?? null} from meetings
        where owner_id = ${userId} and (${index} < 2 or abs(hashtext(id::text)) % 2 = 0)`;
    }
  });
  await sql`analyze meetings`;
  await sql`analyze participants`;
}
