import type { ActionItemJson } from "@/lib/action-items/action-item-json";
import { englishReason } from "@/lib/kernel/reasons";
import type { InsightsRow } from "./rows";
import type { InsightsJson } from "./schemas";
import type { InsightItem, Insights, TemplateId } from "./types";

// The type comes from the schema the OpenAPI document shows (./schemas.ts).
export type { InsightsJson };

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
