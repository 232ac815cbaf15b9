-- Chats over one, several or all of a user's meetings, their kept messages (with the citations
-- each answer gave), and model tokens spent on chat per user and month.

create table chats (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references users (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 200),
  -- null: every meeting the owner has, including ones added later.
  meeting_ids uuid[] check (meeting_ids is null or cardinality(meeting_ids) between 1 and 1000),
  from_date timestamptz,
  to_date timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index chats_owner_updated_idx on chats (owner_id, updated_at desc, id desc);

create table chat_messages (
  id uuid primary key default gen_random_uuid(),
  chat_id uuid not null references chats (id) on delete cascade,
  -- Order within the chat: both messages of a turn are written in one transaction, so their
  -- created_at is the same.
  position integer not null check (position >= 0),
  role text not null check (role in ('user', 'assistant')),
  parts jsonb not null default '[]',
  citations jsonb not null default '[]',
  -- Assistant messages: false when the meetings did not contain the answer.
  answered boolean,
  created_at timestamptz not null default now(),
  unique (chat_id, position)
);

create table chat_token_usage (
  user_id uuid not null references users (id) on delete cascade,
  month date not null check (extract(day from month) = 1),
  requests integer not null default 0,
  input_tokens bigint not null default 0,
  output_tokens bigint not null default 0,
  updated_at timestamptz not null default now(),
  primary key (user_id, month)
);

alter table chats enable row level security;
alter table chat_messages enable row level security;
alter table chat_token_usage enable row level security;
create policy chats_owner on chats for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy chat_messages_owner on chat_messages for all to authenticated
  using (exists (select 1 from chats c where c.id = chat_id and c.owner_id = auth.uid()))
  with check (exists (select 1 from chats c where c.id = chat_id and c.owner_id = auth.uid()));
-- Usage is written by the server; users may only read their own.
create policy chat_token_usage_owner on chat_token_usage for select to authenticated
  using (user_id = auth.uid());
grant select, insert, update, delete on chats, chat_messages to authenticated;
grant select on chat_token_usage to authenticated;
