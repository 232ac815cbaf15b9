import type { ActionItemRow } from "./rows";
import type { ActionItemJson } from "./schemas";

// The type comes from the schema the OpenAPI document shows (./schemas.ts).
export type { ActionItemJson };

export function toActionItemJson(row: ActionItemRow): ActionItemJson {
  return {
    id: row.id,
    meetingId: row.meetingId,
    text: row.text,
    owner: row.owner,
    dueDate: row.dueDate,
    done: row.done,
    seq: row.seq,
  };
}
