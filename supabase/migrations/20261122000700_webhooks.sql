-- Webhooks: endpoints a user registers for events, and every delivery made to them.
-- The signing secret is kept encrypted (AES-256-GCM under a key derived from AUTH_SECRET) and is
-- never returned after creation.

create table webhooks (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users (id) on delete cascade,
  url text not null check (char_length(url) between 1 and 2048),
  events text[] not null check (
    cardinality(events) >= 1
    and events <@ array['meeting.ready', 'meeting.failed', 'action_item.created']::text[]
  ),
  secret_encrypted text not null,
  -- Millisecond precision, so a paging cursor (an ISO time) names a row exactly.
  created_at timestamptz not null default date_trunc('milliseconds', now())
);
create index webhooks_owner_idx on webhooks (owner_id, created_at desc, id desc);

-- Deleting a webhook deletes its deliveries; a queued job then finds nothing and sends nothing.
create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  webhook_id uuid not null references webhooks (id) on delete cascade,
  event_type text not null check (event_type in ('meeting.ready', 'meeting.failed', 'action_item.created')),
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  last_response_code integer,
  last_error text,
  -- The earliest time the queue retries a pending delivery (its backoff adds jitter on top).
  next_attempt_at timestamptz default now(),
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz not null default date_trunc('milliseconds', now())
);
create index webhook_deliveries_webhook_idx on webhook_deliveries (webhook_id, created_at desc, id desc);

alter table webhooks enable row level security;
alter table webhook_deliveries enable row level security;
create policy webhooks_owner on webhooks for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy webhook_deliveries_owner on webhook_deliveries for all to authenticated
  using (exists (select 1 from webhooks w where w.id = webhook_id and w.owner_id = auth.uid()))
  with check (exists (select 1 from webhooks w where w.id = webhook_id and w.owner_id = auth.uid()));
-- Even its owner reads the secret only through the app (which never returns it): no column grant.
grant select (id, owner_id, url, events, created_at), delete on webhooks to authenticated;
grant select on webhook_deliveries to authenticated;
