-- Email: the outbox every message goes through (recaps, sign-in links, password resets), who wants
-- recaps, and the addresses that unsubscribed from them.

-- off: no automatic recap; owner: to the meeting's owner; participants: also to participants with an email.
alter table users
  add column recap_mode text not null default 'owner' check (recap_mode in ('off', 'owner', 'participants'));

create table emails (
  id uuid primary key default gen_random_uuid(),
  -- The user the email belongs to (null for mail to no one's account); their outbox, under RLS.
  owner_id uuid references users (id) on delete cascade,
  meeting_id uuid references meetings (id) on delete set null,
  "to" text not null check ("to" = lower("to") and char_length("to") between 3 and 254),
  subject text not null check (char_length(subject) between 1 and 400),
  template text not null check (template in ('recap', 'magic_link', 'password_reset')),
  locale text not null check (locale in ('es', 'en')),
  -- Rendered when queued, so a retry sends exactly what was queued. Sign-in and reset links are
  -- blanked once a provider has accepted them (see send-email-job.ts).
  html text not null,
  text text not null,
  unsubscribe_url text,
  status text not null default 'queued' check (status in ('queued', 'sending', 'sent', 'failed')),
  -- 'outbox' when no provider is configured (the dev inbox shows it), else the provider's name.
  provider text check (provider in ('resend', 'outbox')),
  provider_id text,
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  -- The same message to the same address is queued once; also sent to the provider as its idempotency key.
  idempotency_key text not null unique check (char_length(idempotency_key) between 1 and 256),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz
);
create index emails_owner_created_idx on emails (owner_id, created_at desc);
create index emails_created_idx on emails (created_at desc);
create index emails_to_template_created_idx on emails ("to", template, created_at desc);

-- Addresses that asked for no more recaps (users and participants without an account alike).
create table email_unsubscribes (
  email text primary key check (email = lower(email)),
  created_at timestamptz not null default now()
);

alter table emails enable row level security;
alter table email_unsubscribes enable row level security;

create policy emails_owner on emails for select to authenticated using (owner_id = auth.uid());
-- A signed-in user sees and changes only the row for their own address.
create policy email_unsubscribes_own on email_unsubscribes for all to authenticated
  using (email = (select u.email from users u where u.id = auth.uid()))
  with check (email = (select u.email from users u where u.id = auth.uid()));

grant select on emails to authenticated;
grant select, insert, delete on email_unsubscribes to authenticated;
