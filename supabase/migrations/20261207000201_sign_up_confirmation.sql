-- Open sign-up answers a new address and a taken one alike ("check your email"), so an account it
-- creates can't be signed in with its password until the address's owner follows the emailed link
-- (or resets the password): otherwise signing up and then logging in would tell the two apart.
-- Accounts made any other way (CLI, OAuth, before this) never wait.

alter table users add column awaiting_confirmation boolean not null default false;
