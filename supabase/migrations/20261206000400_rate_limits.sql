-- API rate-limit counters shared by every instance when RATE_LIMIT_STORE=postgres: one row per
-- key (caller or IP) and window. Unlogged: counters lost in a crash only reset a minute's budget.

create unlogged table rate_limits (
  key text primary key,
  points integer not null,
  expire timestamptz not null
);
create index rate_limits_expire_idx on rate_limits (expire);

-- Only the app's own connection uses it; no policy admits Supabase clients.
alter table rate_limits enable row level security;
