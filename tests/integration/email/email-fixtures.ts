import { getSql } from "@/lib/kernel/db/client";
import { getBoss } from "@/lib/kernel/jobs/queue";
import type { Caller } from "@/tests/support/api";
import { createMeeting, readyMeeting } from "@/tests/support/api-fixtures";

/** Shared pieces of the email suite (tests/integration/email). */

export const ENGLISH_TRANSCRIPT = [
  "Ana: Welcome everyone, let's review the launch budget for the spring campaign.",
  "Ben: The budget is approved at forty thousand euros, finance confirmed it this morning.",
  "Ana: Ben, can you send the budget report to the board by Friday?",
  "Ben: Sure, I will send the budget report by Friday.",
  "Ana: I will book the venue for the launch event next week.",
].join("\n");

export const SPANISH_TRANSCRIPT = [
  "Ana: Bienvenidos, vamos a revisar el presupuesto del lanzamiento de primavera.",
  "Ben: El presupuesto está aprobado en cuarenta mil euros, finanzas lo confirmó esta mañana.",
  "Ana: Ben, ¿puedes enviar el informe del presupuesto a la junta antes del viernes?",
  "Ben: Claro, enviaré el informe del presupuesto antes del viernes.",
  "Ana: Yo reservaré la sala para el evento de lanzamiento la semana que viene.",
].join("\n");

export type OutboxRow = {
  id: string;
  owner_id: string | null;
  meeting_id: string | null;
  to: string;
  subject: string;
  template: string;
  locale: string;
  html: string;
  text: string;
  unsubscribe_url: string | null;
  status: string;
  provider: string | null;
  provider_id: string | null;
  attempts: number;
  last_error: string | null;
  idempotency_key: string;
};

export async function outbox(
  where: { meetingId?: string; to?: string; id?: string } = {},
): Promise<OutboxRow[]> {
  const sql = getSql();
  return sql<OutboxRow[]>`
    select * from emails
    where (${where.meetingId ?? null}::uuid is null or meeting_id = ${where.meetingId ?? null})
      and (${where.to ?? null}::text is null or "to" = ${where.to ?? null})
      and (${where.id ?? null}::uuid is null or id = ${where.id ?? null})
    order by created_at, "to"`;
}

export async function outboxRow(id: string): Promise<OutboxRow> {
  const [row] = await outbox({ id });
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}

/** The email jobs queued for an outbox row (pg-boss, singleton key = the email's id). */
export async function emailJobs(emailId: string) {
  return (await getBoss()).findJobs<{ emailId: string }>("email", { key: emailId });
}

/** A ready meeting (local engine) whose participants have the given emails. */
export async function readyMeetingWith(
  caller: Caller,
  participants: { name: string; email?: string }[],
  options: { transcript?: string; language?: "es" | "en"; title?: string } = {},
): Promise<string> {
  const id = await readyMeeting(
    caller.key,
    options.transcript ?? ENGLISH_TRANSCRIPT,
    options.title ?? "Launch budget",
  );
  const sql = getSql();
  await sql`delete from participants where meeting_id = ${id}`;
  for (const participant of participants) {
    await sql`insert into participants (meeting_id, name, email) values (${id}, ${participant.name}, ${participant.email ?? null})`;
  }
  if (options.language) await sql`update meetings set language = ${options.language} where id = ${id}`;
  return id;
}

/** A meeting that isn't ready (created through the API, no content). */
export async function unreadyMeeting(caller: Caller, participants: { name: string; email?: string }[]) {
  return (await createMeeting(caller.key, { title: "Not yet", participants })).id;
}

export const flat = (text: string) => text.replace(/\s+/g, " ");
