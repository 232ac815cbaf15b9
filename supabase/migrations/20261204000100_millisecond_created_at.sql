-- Keyset cursors carry created_at with millisecond precision (a JavaScript Date). Rows created in
-- the same millisecond (every action item one analysis stores shares its transaction's now())
-- were skipped between pages; webhooks and deliveries already round their default the same way.
alter table meetings alter column created_at set default date_trunc('milliseconds', now());
alter table action_items alter column created_at set default date_trunc('milliseconds', now());
update meetings set created_at = date_trunc('milliseconds', created_at)
  where created_at <> date_trunc('milliseconds', created_at);
update action_items set created_at = date_trunc('milliseconds', created_at)
  where created_at <> date_trunc('milliseconds', created_at);
