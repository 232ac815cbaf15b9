-- Meetings, their participants and transcript segments, with language-aware full-text search.

create table meetings (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 300),
  status text not null default 'created' check (status in (
    'created', 'live', 'uploaded', 'transcribing', 'awaiting_transcription', 'analyzing', 'ready', 'failed'
  )),
  source text not null default 'api' check (source in ('upload', 'live', 'api')),
  language text not null default 'auto' check (language in ('auto', 'es', 'en')),
  template text not null default 'default',
  started_at timestamptz,
  ended_at timestamptz,
  duration_ms bigint check (duration_ms >= 0),
  media_key text,
  media_mime text,
  media_size bigint,
  error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meetings_owner_created_idx on meetings (owner_id, created_at desc, id desc);

create table participants (
  meeting_id uuid not null references meetings (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 100),
  email text check (email is null or email = lower(email)),
  primary key (meeting_id, name)
);

create table transcript_segments (
  meeting_id uuid not null references meetings (id) on delete cascade,
  seq integer not null check (seq >= 0),
  speaker text not null default '',
  text text not null check (char_length(text) between 1 and 20000),
  start_ms integer not null check (start_ms >= 0),
  end_ms integer not null check (end_ms >= start_ms),
  -- The meeting's language decides stemming ('english' / 'spanish'; 'simple' when unknown).
  search_config regconfig not null default 'simple',
  search tsvector generated always as (to_tsvector(search_config, text)) stored,
  created_at timestamptz not null default now(),
  primary key (meeting_id, seq)
);
create index transcript_segments_search_idx on transcript_segments using gin (search);

-- Files whose meeting is gone: removed from storage after the deleting transaction commits,
-- and retried from here if the process dies in between.
create table storage_deletions (
  key text primary key,
  created_at timestamptz not null default now()
);

alter table meetings enable row level security;
alter table participants enable row level security;
alter table transcript_segments enable row level security;
alter table storage_deletions enable row level security;

create policy meetings_owner on meetings for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy participants_owner on participants for all to authenticated
  using (exists (select 1 from meetings m where m.id = meeting_id and m.owner_id = auth.uid()))
  with check (exists (select 1 from meetings m where m.id = meeting_id and m.owner_id = auth.uid()));
create policy transcript_segments_owner on transcript_segments for all to authenticated
  using (exists (select 1 from meetings m where m.id = meeting_id and m.owner_id = auth.uid()))
  with check (exists (select 1 from meetings m where m.id = meeting_id and m.owner_id = auth.uid()));

grant select, insert, update, delete on meetings, participants, transcript_segments to authenticated;
