-- The origin (scheme://host[:port]) of the request that created a meeting, so emails sent later by
-- jobs (the automatic recap) link to the host people use when APP_URL is not set.

alter table meetings add column origin text
  check (origin is null or (char_length(origin) <= 300 and origin ~ '^https?://[^/\s]+$'));
