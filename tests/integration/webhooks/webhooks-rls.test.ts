import { afterAll, expect, it } from "vitest";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { stopBoss } from "@/lib/kernel/jobs/queue";
import { makeCaller } from "@/tests/support/api";
import { createMeeting, dispatch, registerWebhook } from "./helpers";

afterAll(async () => {
  await stopBoss();
  await closeDb();
});

/** A query as Supabase runs it for a signed-in user: role `authenticated`, their id in the JWT claims. */
function asAuthenticated<T>(
  userId: string,
  query: (tx: ReturnType<typeof getSql>) => Promise<T>,
): Promise<T> {
  return getSql().begin(async (tx) => {
    await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: "authenticated" })}, true)`;
    await tx`set local role authenticated`;
    return query(tx as unknown as ReturnType<typeof getSql>);
  }) as Promise<T>;
}

it("row-level security shows each user only their webhooks and deliveries, and no one the secrets", async () => {
  const ana = await makeCaller();
  const bob = await makeCaller();
  const anaHook = await registerWebhook(ana.key, "https://93.184.216.34/ana");
  const bobHook = await registerWebhook(bob.key, "https://93.184.216.34/bob");
  await dispatch("meeting.ready", { meetingId: (await createMeeting(bob.key)).id });

  const hooks = await asAuthenticated(ana.userId, (tx) => tx`select id from webhooks`);
  expect(hooks.map((row) => row.id)).toEqual([anaHook.id]);
  const deliveries = await asAuthenticated(ana.userId, (tx) => tx`select id from webhook_deliveries`);
  expect(deliveries).toEqual([]);
  const bobsDeliveries = await asAuthenticated(
    bob.userId,
    (tx) => tx`select webhook_id from webhook_deliveries`,
  );
  expect(bobsDeliveries.map((row) => row.webhook_id)).toEqual([bobHook.id]);

  // The attempts of a delivery are as private as the delivery.
  const [bobsDelivery] = await getSql()<{ id: string }[]>`
    select id from webhook_deliveries where webhook_id = ${bobHook.id}`;
  await getSql()`
    insert into webhook_delivery_attempts (delivery_id, number, series, outcome, response_code)
    values (${bobsDelivery?.id ?? ""}, 1, 1, 'failed', 503)`;
  expect(await asAuthenticated(ana.userId, (tx) => tx`select number from webhook_delivery_attempts`)).toEqual(
    [],
  );
  const bobsAttempts = await asAuthenticated(
    bob.userId,
    (tx) => tx`select delivery_id from webhook_delivery_attempts`,
  );
  expect(bobsAttempts.map((row) => row.delivery_id)).toEqual([bobsDelivery?.id]);

  const removed = asAuthenticated(
    ana.userId,
    (tx) => tx`delete from webhooks where id = ${bobHook.id} returning id`,
  );
  await expect(removed).rejects.toThrow(/permission denied/);
  await expect(
    asAuthenticated(bob.userId, (tx) => tx`select secret_encrypted from webhooks where id = ${bobHook.id}`),
  ).rejects.toThrow(/permission denied/);
});
