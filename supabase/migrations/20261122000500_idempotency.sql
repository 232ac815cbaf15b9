-- Responses remembered per caller and Idempotency-Key, so a retried POST returns the first answer.

create table idempotency_keys (
  user_id uuid not null references users (id) on delete cascade,
  key text not null check (char_length(key) between 1 and 255),
  request_hash text not null,
  status integer,
  response jsonb,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);
create index idempotency_keys_created_idx on idempotency_keys (created_at);

alter table idempotency_keys enable row level security;
create policy idempotency_keys_owner on idempotency_keys for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
