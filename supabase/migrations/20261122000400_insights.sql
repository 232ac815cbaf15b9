-- Analysis results: one insights row per meeting, action items that persist across meetings,
-- and each user's keyword watchlist.

create table insights (
  meeting_id uuid primary key references meetings (id) on delete cascade,
  summary text not null,
  key_points jsonb not null default '[]',
  decisions jsonb not null default '[]',
  questions jsonb not null default '[]',
  keywords jsonb not null default '[]',
  watchlist_hits jsonb not null default '[]',
  talk_time jsonb not null default '[]',
  engine text not null check (engine in ('local', 'llm')),
  model text,
  template text not null,
  -- Shown to the user, e.g. when the configured model failed and the local engine stepped in.
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table action_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references meetings (id) on delete cascade,
  owner_id uuid not null references users (id) on delete cascade,
  text text not null check (char_length(text) between 1 and 1000),
  owner text check (owner is null or char_length(owner) between 1 and 100),
  due_date date,
  done boolean not null default false,
  seq integer check (seq is null or seq >= 0),
  origin text not null default 'extracted' check (origin in ('extracted', 'manual')),
  -- Edited or completed items survive a re-analysis; untouched extracted ones are replaced.
  edited boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index action_items_owner_idx on action_items (owner_id, done, due_date);
create index action_items_meeting_idx on action_items (meeting_id);

alter table users add column watchlist text[] not null default '{}';

alter table insights enable row level security;
alter table action_items enable row level security;
create policy insights_owner on insights for all to authenticated
  using (exists (select 1 from meetings m where m.id = meeting_id and m.owner_id = auth.uid()))
  with check (exists (select 1 from meetings m where m.id = meeting_id and m.owner_id = auth.uid()));
create policy action_items_owner on action_items for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
grant select, insert, update, delete on insights, action_items to authenticated;
