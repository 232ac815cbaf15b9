import type { ActionItemJson } from "@/lib/action-items/action-item-json";
import type { InsightsRow } from "@/lib/kernel/db/schema";
import { englishReason } from "@/lib/kernel/reasons";
import type { InsightItem, Insights, TemplateId } from "./types";

/** DESIGN §5 insights, with the meeting's stored (editable) action items. */
export type InsightsJson = Omit<Insights, "actionItems"> & { actionItems: ActionItemJson[]; note?: string };

export function toInsightsJson(row: InsightsRow, actionItems: ActionItemJson[]): InsightsJson {
  return {
    summary: row.summary,
    keyPoints: row.keyPoints as InsightItem[],
    decisions: row.decisions as InsightItem[],
    questions: row.questions as InsightItem[],
    actionItems,
    keywords: row.keywords as Insights["keywords"],
    watchlistHits: row.watchlistHits as Insights["watchlistHits"],
    talkTime: row.talkTime as Insights["talkTime"],
    engine: row.engine,
    ...(row.model ? { model: row.model } : {}),
    template: row.template as TemplateId,
    ...(row.note ? { note: englishReason(row.note) } : {}),
  };
}
