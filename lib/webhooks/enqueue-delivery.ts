import type { Sql, TransactionSql } from "postgres";
import { getBoss, inTransaction } from "@/lib/kernel/jobs/queue";

type EnqueueOptions = {
  /** Written in this transaction (pg-boss lives in the same database): no row without its job, nor the reverse. */
  tx?: TransactionSql | Sql;
  /** Not run before this time (the next attempt of a retry schedule). */
  startAfter?: Date;
};

/**
 * Queues the job that sends one delivery. One job waits per delivery (the queue is "stately"): a
 * second request while one is waiting is a no-op, and the job itself checks the delivery is due.
 */
export async function enqueueDelivery(deliveryId: string, options: EnqueueOptions = {}): Promise<void> {
  const boss = await getBoss();
  const { tx, startAfter } = options;
  const db = tx ? inTransaction(tx) : undefined;
  await boss.send(
    "webhook",
    { deliveryId },
    { singletonKey: deliveryId, ...(startAfter ? { startAfter } : {}), ...(db ? { db } : {}) },
  );
}
