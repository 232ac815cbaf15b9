-- API keys: random secrets stored as SHA-256 hashes, looked up by their public prefix.

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 100),
  prefix text not null unique,
  key_hash text not null,
  scopes text[] not null check (scopes <@ array['meetings:read', 'meetings:write', 'chat', 'email', 'webhooks']::text[]),
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index api_keys_owner_idx on api_keys (owner_id, created_at desc);

alter table api_keys enable row level security;
create policy api_keys_owner on api_keys for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
grant select, insert, update, delete on api_keys to authenticated;
