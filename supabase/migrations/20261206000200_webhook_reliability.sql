-- Webhook deliveries that survive crashes and replays.
-- * A job claims a delivery ('sending', with a lease) before it sends, so two runs of the same job
--   can't both send it; a claim whose worker died lapses and the delivery can be claimed again.
-- * event_key names the event a delivery is for (meeting.ready of one analysis version, one action
--   item, one failure); unique per endpoint, so a replayed job never queues the same event twice.
-- * Every attempt is kept; a resend starts a new series instead of wiping the count.

alter table webhook_deliveries drop constraint webhook_deliveries_status_check;
alter table webhook_deliveries add constraint webhook_deliveries_status_check
  check (status in ('pending', 'sending', 'succeeded', 'failed'));
alter table webhook_deliveries
  add column event_key text check (char_length(event_key) <= 200),
  add column lease_until timestamptz,
  add column series integer not null default 1 check (series >= 1),
  add column series_attempts integer not null default 0 check (series_attempts >= 0);
create unique index webhook_deliveries_event_key_idx on webhook_deliveries (webhook_id, event_key);
-- The sweeper's look for deliveries left behind with no job.
create index webhook_deliveries_unfinished_idx on webhook_deliveries (next_attempt_at)
  where status in ('pending', 'sending');

create table webhook_delivery_attempts (
  delivery_id uuid not null references webhook_deliveries (id) on delete cascade,
  -- 1, 2, … over the delivery's whole life; series 1 is the first sending, each resend adds one.
  number integer not null check (number >= 1),
  series integer not null check (series >= 1),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  -- null while the attempt runs; 'interrupted' when its worker died and another attempt took over.
  outcome text check (outcome in ('succeeded', 'failed', 'interrupted')),
  response_code integer,
  error text,
  primary key (delivery_id, number)
);

-- Read-only for a signed-in Supabase client, like the deliveries: the app writes the history.
alter table webhook_delivery_attempts enable row level security;
create policy webhook_delivery_attempts_owner on webhook_delivery_attempts for select to authenticated
  using (exists (
    select 1 from webhook_deliveries d join webhooks w on w.id = d.webhook_id
    where d.id = delivery_id and w.owner_id = auth.uid()
  ));
grant select on webhook_delivery_attempts to authenticated;
