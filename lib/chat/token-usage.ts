import { getSql } from "@/lib/kernel/db/client";

export type TokenUsage = { inputTokens?: number | undefined; outputTokens?: number | undefined };

/** Adds one chat request and its model tokens to the user's current month (UTC). */
export async function recordTokenUsage(userId: string, usage: TokenUsage | null): Promise<void> {
  const input = usage?.inputTokens ?? 0;
  const output = usage?.outputTokens ?? 0;
  await getSql()`
    insert into chat_token_usage (user_id, month, requests, input_tokens, output_tokens)
    values (${userId}, date_trunc('month', now() at time zone 'utc')::date, 1, ${input}, ${output})
    on conflict (user_id, month) do update set
      requests = chat_token_usage.requests + 1,
      input_tokens = chat_token_usage.input_tokens + excluded.input_tokens,
      output_tokens = chat_token_usage.output_tokens + excluded.output_tokens,
      updated_at = now()`;
}

/** This month's chat usage for a user (zeros before the first request). */
export async function monthTokenUsage(userId: string) {
  const [row] = await getSql()<{ requests: number; input_tokens: string; output_tokens: string }[]>`
    select requests, input_tokens, output_tokens from chat_token_usage
    where user_id = ${userId} and month = date_trunc('month', now() at time zone 'utc')::date`;
  return {
    requests: row?.requests ?? 0,
    inputTokens: Number(row?.input_tokens ?? 0),
    outputTokens: Number(row?.output_tokens ?? 0),
  };
}
