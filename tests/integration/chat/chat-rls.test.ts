import { afterAll, describe, expect, it } from "vitest";
import { appendMessage, createChat } from "@/lib/chat/chats";
import { recordTokenUsage } from "@/lib/chat/token-usage";
import { closeDb, getSql } from "@/lib/kernel/db/client";
import { makeUser } from "@/tests/support/factories";

afterAll(closeDb);

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

describe("row-level security on chats", () => {
  it("shows a signed-in user only their own chats, messages and token usage", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    const anaChat = await createChat(ana.id, "Ana's chat", {});
    const bobChat = await createChat(bob.id, "Bob's chat", {});
    await appendMessage(bob.id, bobChat.id, { role: "user", parts: [{ type: "text", text: "secret" }] });
    await recordTokenUsage(bob.id, { inputTokens: 10, outputTokens: 5 });

    const chats = await asAuthenticated(ana.id, (tx) => tx`select id from chats`);
    expect(chats.map((row) => row.id)).toEqual([anaChat.id]);
    expect(await asAuthenticated(ana.id, (tx) => tx`select id from chat_messages`)).toHaveLength(0);
    expect(await asAuthenticated(ana.id, (tx) => tx`select user_id from chat_token_usage`)).toHaveLength(0);
    expect(await asAuthenticated(bob.id, (tx) => tx`select user_id from chat_token_usage`)).toHaveLength(1);
  });

  it("lets no one write into another user's chat or their own token usage", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    const bobChat = await createChat(bob.id, "Bob's chat", {});
    const insert = asAuthenticated(
      ana.id,
      (tx) => tx`insert into chat_messages (chat_id, position, role) values (${bobChat.id}, 0, 'user')`,
    );
    await expect(insert).rejects.toThrow(/permission denied/);
    const renamed = asAuthenticated(
      ana.id,
      (tx) => tx`update chats set title = 'mine now' where id = ${bobChat.id} returning id`,
    );
    await expect(renamed).rejects.toThrow(/permission denied/);
    const usage = asAuthenticated(
      ana.id,
      (tx) => tx`insert into chat_token_usage (user_id, month) values (${ana.id}, '2026-11-01')`,
    );
    await expect(usage).rejects.toThrow(/permission denied/);
  });
});
