-- 'skipped': no provider could deliver the email (production without RESEND_API_KEY), so nobody can
-- read it; saying 'sent' would be a lie. Queued again under its key once a provider is configured.
alter table emails drop constraint emails_status_check;
alter table emails
  add constraint emails_status_check check (status in ('queued', 'sending', 'sent', 'failed', 'skipped'));

-- Settings → Emails lists the emails of a user's meetings too; deleting a meeting nulls its emails' link.
create index emails_meeting_idx on emails (meeting_id) where meeting_id is not null;
