import RecapEmail, { type RecapActionGroup } from "@/lib/email/templates/recap";
import { fill } from "@/lib/i18n/format";
import { messagesFor } from "@/lib/i18n/messages";
import { type RenderedEmail, renderEmail } from "./render-email";

export type RecapActionItem = { text: string; owner: string | null; dueDate: string | null; done: boolean };

export type RecapInput = {
  locale: "es" | "en";
  timeZone: string;
  meeting: { id: string; title: string; date: Date };
  summary: string;
  keyPoints: { text: string }[];
  actionItems: RecapActionItem[];
  meetingUrl: string;
  unsubscribeUrl: string;
};

/** Due dates are calendar days (YYYY-MM-DD): formatted in UTC so no time zone shifts them. */
export function formatDueDate(dueDate: string, locale: "es" | "en"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${dueDate}T00:00:00Z`),
  );
}

function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** Action items by owner, owners in the order they first appear, unassigned items last. */
export function groupActionItems(items: RecapActionItem[], locale: "es" | "en"): RecapActionGroup[] {
  const groups = new Map<string | null, RecapActionGroup>();
  for (const item of items) {
    const owner = item.owner?.trim() || null;
    const group = groups.get(owner) ?? { owner, items: [] };
    group.items.push({
      text: item.text,
      due: item.dueDate ? formatDueDate(item.dueDate, locale) : null,
      done: item.done,
    });
    groups.set(owner, group);
  }
  const unassigned = groups.get(null);
  groups.delete(null);
  return unassigned ? [...groups.values(), unassigned] : [...groups.values()];
}

export function renderRecap(input: RecapInput): Promise<RenderedEmail> {
  const t = messagesFor(input.locale).email.templates.recap;
  const date = new Intl.DateTimeFormat(input.locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: safeTimeZone(input.timeZone),
  }).format(input.meeting.date);
  return renderEmail(
    <RecapEmail
      locale={input.locale}
      title={input.meeting.title}
      date={date}
      summary={input.summary}
      keyPoints={input.keyPoints.map((point) => point.text)}
      actionGroups={groupActionItems(input.actionItems, input.locale)}
      meetingUrl={input.meetingUrl}
      unsubscribeUrl={input.unsubscribeUrl}
    />,
    fill(t.subject, { title: input.meeting.title }),
  );
}
