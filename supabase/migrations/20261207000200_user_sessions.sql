-- One row per signed-in browser. The session cookie stays a JWT (Auth.js signs credentials and
-- email-link sign-ins only into JWTs) and carries this row's id: a session is live while its row
-- is, so log out deletes one row, "log out of all devices" and a new password delete every row of
-- the user, and deleting the user deletes them through the foreign key.

create table user_sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_sessions_user_id_idx on user_sessions (user_id);

-- Only the app's own connection uses it; no policy admits Supabase clients.
alter table user_sessions enable row level security;
revoke all on table user_sessions from anon, authenticated;
