-- On Supabase, publish segment and meeting changes to Realtime (row-level security still applies).
do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime') then
    alter publication supabase_realtime add table transcript_segments, meetings;
  end if;
end
$$;
