import type { ActionItemRow } from "./rows";

export type ActionItemJson = {
  id: string;
  meetingId: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  done: boolean;
  seq: number | null;
};

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
