import { createHash } from "node:crypto";
import { insightsOrNotFound, storedInsightsOf } from "@/lib/insights/get-insights";
import type { InsightsJson } from "@/lib/insights/insights-json";
import { getSql } from "@/lib/kernel/db/client";
import { appUrl } from "@/lib/kernel/http/app-url";
import { participantsOf } from "@/lib/meetings/get-meeting";
import type { MeetingRow } from "@/lib/meetings/rows";
import { queueEmail } from "./queue-email";
import { renderRecap } from "./render-recap";
import type { RecapOutcome } from "./schemas";
import { oneClickUnsubscribeUrl, unsubscribedAmong, unsubscribePageUrl } from "./unsubscribe";

type Person = { email: string; locale: "es" | "en" | null; timezone: string };

export type RecapContext = {
  meeting: MeetingRow;
  owner: Person & { id: string };
  participants: { name: string; email: string | null }[];
  insights: InsightsJson;
};

export type { RecapOutcome };

/**
 * Everything a recap of a meeting needs, for a meeting its caller has already loaded (and checked
 * it is its owner's): loaded once per recap, not again here.
 */
export async function loadRecapContext(
  meeting: MeetingRow,
  knownOwner?: RecapContext["owner"],
): Promise<RecapContext> {
  const [owner] = knownOwner
    ? [knownOwner]
    : await getSql()<(Person & { id: string })[]>`
        select id, email, locale, timezone from users where id = ${meeting.ownerId}`;
  if (!owner) throw new Error("The meeting's owner is missing");
  const insights = insightsOrNotFound(await storedInsightsOf(meeting.id));
  const participants = (await participantsOf([meeting.id])).get(meeting.id) ?? [];
  return { meeting, owner, participants, insights };
}

/** Addresses the recap may go to: the owner and the participants with an email (no open relay). */
export function allowedRecipients(context: RecapContext): Set<string> {
  const allowed = new Set([context.owner.email.toLowerCase()]);
  for (const participant of context.participants) {
    if (participant.email) allowed.add(participant.email.toLowerCase());
  }
  return allowed;
}

async function knownPeople(emails: string[]): Promise<Map<string, Person>> {
  const rows = await getSql()<Person[]>`
    select email, locale, timezone from users where email = any(${emails})`;
  return new Map(rows.map((row) => [row.email, row]));
}

// A reader with an account gets their language; anyone else the meeting's, else the owner's.
function localeFor(person: Person | undefined, context: RecapContext): "es" | "en" {
  if (person?.locale) return person.locale;
  const language = context.meeting.language;
  if (language === "es" || language === "en") return language;
  return context.owner.locale ?? "en";
}

/**
 * Renders and queues one recap per recipient, in the recipient's language. `automatic` recaps are
 * queued once per meeting and address; on-demand ones once per distinct content and address.
 */
export async function queueRecaps(
  context: RecapContext,
  recipients: string[],
  kind: "automatic" | "on_demand",
  requestOrigin?: string,
): Promise<RecapOutcome> {
  const unique = [...new Set(recipients.map((email) => email.trim().toLowerCase()))];
  const unsubscribed = await unsubscribedAmong(unique);
  const people = await knownPeople(unique);
  const outcome: RecapOutcome = { queued: [], skipped: [] };
  const { meeting, insights } = context;
  // Sent from a request: its host; from a job: the host of the request that created the meeting.
  const origin = requestOrigin ?? meeting.origin;
  for (const to of unique) {
    if (unsubscribed.has(to)) {
      outcome.skipped.push({ to, reason: "unsubscribed" });
      continue;
    }
    const person = people.get(to);
    const rendered = await renderRecap({
      locale: localeFor(person, context),
      timeZone: person?.timezone ?? context.owner.timezone,
      meeting: { id: meeting.id, title: meeting.title, date: meeting.startedAt ?? meeting.createdAt },
      summary: insights.summary,
      keyPoints: insights.keyPoints,
      actionItems: insights.actionItems,
      meetingUrl: appUrl(`/meetings/${meeting.id}`, origin),
      unsubscribeUrl: await unsubscribePageUrl(to, origin),
    });
    const contentHash = createHash("sha256").update(`${rendered.subject}\n${rendered.text}`).digest("hex");
    const idempotencyKey =
      kind === "automatic" ? `recap:auto:${meeting.id}:${to}` : `recap:${meeting.id}:${to}:${contentHash}`;
    const queued = await queueEmail({
      ownerId: context.owner.id,
      meetingId: meeting.id,
      to,
      template: "recap",
      locale: localeFor(person, context),
      rendered,
      unsubscribeUrl: await oneClickUnsubscribeUrl(to, origin),
      idempotencyKey,
    });
    outcome.queued.push(queued);
  }
  return outcome;
}
