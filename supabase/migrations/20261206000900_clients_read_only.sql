-- Supabase clients only ever read. The app writes through its own owner connection and checks
-- ownership itself; a Supabase JWT (the browser's realtime token) must not let anyone write around
-- it, e.g. mint themselves an API key through Supabase REST. So `anon` and `authenticated` lose
-- every write privilege on every table, the write policies go, and each user keeps reading their
-- own rows (Supabase Realtime needs exactly that). `anon` loses everything: no policy admits it.
-- Works the same on plain Postgres, where the foundation migration created both roles.

do $$
declare
  app_table record;
  write_policy record;
begin
  for app_table in
    select c.oid::regclass as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
  loop
    -- Revoking on the table also revokes the same privileges granted per column.
    execute format('revoke all on table %s from anon', app_table.name);
    execute format(
      'revoke insert, update, delete, truncate, references, trigger on table %s from authenticated',
      app_table.name
    );
  end loop;

  -- A `for all` policy becomes a `for select` one with the same rule; insert/update/delete ones go.
  for write_policy in
    select p.polname as name, p.polrelid::regclass as on_table, p.polcmd as command,
      pg_get_expr(p.polqual, p.polrelid) as using_rule,
      coalesce(
        (select string_agg(quote_ident(r.rolname), ', ') from pg_roles r where r.oid = any (p.polroles)),
        'public'
      ) as roles
    from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and p.polcmd <> 'r'
  loop
    execute format('drop policy %I on %s', write_policy.name, write_policy.on_table);
    if write_policy.command = '*' and write_policy.using_rule is not null then
      execute format(
        'create policy %I on %s for select to %s using (%s)',
        write_policy.name, write_policy.on_table, write_policy.roles, write_policy.using_rule
      );
    end if;
  end loop;
end
$$;

-- Supabase grants anon and authenticated everything on new tables by default; tables that later
-- migrations create stay read-only for them too.
alter default privileges in schema public revoke all on tables from anon;
alter default privileges in schema public
  revoke insert, update, delete, truncate, references, trigger on tables from authenticated;
