import type { Sql, TransactionSql } from "postgres";
import { getBoss } from "@/lib/jobs/queue";

/**
 * Queues the job that sends one delivery. Given a transaction, the job is written in it (pg-boss
 * lives in the same database), so a delivery row never exists without its job, nor the reverse.
 */
export async function enqueueDelivery(deliveryId: string, tx?: TransactionSql | Sql): Promise<void> {
  const boss = await getBoss();
  const db = tx
    ? {
        executeSql: async (text: string, values?: unknown[]) => ({
          rows: await tx.unsafe(text, values as never[]),
        }),
      }
    : undefined;
  await boss.send("webhook", { deliveryId }, { singletonKey: deliveryId, ...(db ? { db } : {}) });
}
