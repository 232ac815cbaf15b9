-- Intentionally empty: Minuta creates no rows on a fresh database.
-- For a populated demo use `npm run minuta -- demo seed`, which hashes passwords the same way the app does.
select 1;
