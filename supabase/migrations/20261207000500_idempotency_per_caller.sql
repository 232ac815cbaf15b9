-- Idempotency keys belong to the caller that sent them, as Stripe scopes them per API key: two API
-- keys (or two browser sessions) of one user never share a key. `caller` is `key:<api key id>` or
-- `session:<session id>`. Rows from before have caller '' and expire within 24 hours.

alter table idempotency_keys add column caller text not null default '';
alter table idempotency_keys alter column caller drop default;
alter table idempotency_keys drop constraint idempotency_keys_pkey;
alter table idempotency_keys add primary key (user_id, caller, key);
