import type { Locale } from "@/lib/i18n/locale";
import { acmeLogisticsDiscovery } from "@/lib/orchestration/demo/meetings/acme-logistics-discovery";
import { productPlanningQ3 } from "@/lib/orchestration/demo/meetings/product-planning-q3";
import { createDemoMeeting } from "./create-demo-meeting";

/** The sample a new user is offered, in their language. */
export const SAMPLE_MEETING = { en: acmeLogisticsDiscovery, es: productPlanningQ3 } as const;

/**
 * Gives a user one sample meeting to explore, its notes written by the same job as an upload's
 * (so a configured model writes them, and the page shows them arrive).
 */
export async function addSampleMeeting(userId: string, locale: Locale): Promise<string> {
  const sample = SAMPLE_MEETING[locale];
  // Without the participants' addresses: a recap must never go to the sample's invented people.
  const participants = sample.participants.map(({ name }) => ({ name }));
  // The import queues its analysis, as an upload's.
  return createDemoMeeting(userId, { ...sample, participants, daysAgo: 0 });
}
