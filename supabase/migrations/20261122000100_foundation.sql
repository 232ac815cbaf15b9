-- Foundation: accounts, and the roles + auth.uid() that row-level security policies rely on.
-- On Supabase the roles and auth.uid() already exist; on plain Postgres they are created here.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin;
  end if;
end
$$;

create schema if not exists auth;

do $$
begin
  if not exists (
    select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'auth' and p.proname = 'uid'
  ) then
    -- Same contract as Supabase's auth.uid(): the `sub` claim of the request's JWT.
    create function auth.uid() returns uuid
      language sql stable
      as $fn$
        select nullif(
          coalesce(
            nullif(current_setting('request.jwt.claim.sub', true), ''),
            nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
          ),
          ''
        )::uuid
      $fn$;
  end if;
end
$$;

grant usage on schema auth to anon, authenticated;
grant usage on schema public to anon, authenticated;

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  name text,
  password_hash text,
  email_verified timestamptz,
  image text,
  locale text check (locale in ('es', 'en')),
  timezone text not null default 'UTC',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- OAuth links (GitHub, Google) to a user.
create table accounts (
  user_id uuid not null references users (id) on delete cascade,
  type text not null,
  provider text not null,
  provider_account_id text not null,
  created_at timestamptz not null default now(),
  primary key (provider, provider_account_id)
);
create index accounts_user_id_idx on accounts (user_id);

-- One-time tokens for magic links and password resets (stored hashed).
create table verification_tokens (
  identifier text not null,
  token text not null,
  expires timestamptz not null,
  primary key (identifier, token)
);

alter table users enable row level security;
alter table accounts enable row level security;
alter table verification_tokens enable row level security;

create policy users_own_row on users for all to authenticated
  using (id = auth.uid()) with check (id = auth.uid());
create policy accounts_own_rows on accounts for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());

grant select, update on users to authenticated;
grant select, insert, update, delete on accounts to authenticated;
