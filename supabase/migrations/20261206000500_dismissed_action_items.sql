-- Extracted action items the user deleted. A re-analysis (a replayed job, a regenerate, another
-- template) finds the same commitment again; matched against these by segment and text, it stays
-- deleted instead of coming back with a new id and a new action_item.created webhook.

create table dismissed_action_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings (id) on delete cascade,
  owner_id uuid not null references users (id) on delete cascade,
  seq integer check (seq is null or seq >= 0),
  text text not null check (char_length(text) between 1 and 1000),
  created_at timestamptz not null default now()
);
create index dismissed_action_items_meeting_idx on dismissed_action_items (meeting_id);

-- Supabase clients only read their own rows (see 20261206000900_clients_read_only.sql).
alter table dismissed_action_items enable row level security;
create policy dismissed_action_items_owner on dismissed_action_items for select to authenticated
  using (owner_id = auth.uid());
grant select on dismissed_action_items to authenticated;
