-- Sign-in throttling (decision 007): failure counters with growing pauses, per (account, address),
-- per account and per address, shared by every check of a password or a second-factor code. They
-- replace the per-account lockout kept on users, which let anyone lock an account by address.
CREATE TABLE sign_in_throttle (
  -- What is counted: 'pair:<account>:<address>', 'account:<account>' or 'address:<address>'.
  scope text PRIMARY KEY,
  -- SHA-256 (hex) of the lower-cased email the attempts named, known account or not ('' for an
  -- address alone): deleting an account deletes its counters by it.
  account_hash text NOT NULL,
  -- Attempts that failed or are being checked; counted before the check, so a parallel burst
  -- gets exactly the free attempts.
  failures integer NOT NULL,
  -- Attempts are refused until then; NULL while an attempt past the free ones is being checked.
  blocked_until timestamptz,
  -- A counter idle for a day starts again.
  last_attempt_at timestamptz NOT NULL
);
CREATE INDEX sign_in_throttle_account ON sign_in_throttle (account_hash);

ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until, DROP COLUMN lockouts;

-- Wrong second-factor codes given in one half-finished sign-in: a few end it.
ALTER TABLE sessions ADD COLUMN mfa_failures integer NOT NULL DEFAULT 0;
-- The sign-in began with a link mailed to the account (not a password): its second step is not
-- held back by the account-wide pause, which only outsiders' guesses can have started.
ALTER TABLE sessions ADD COLUMN via_mail_link boolean NOT NULL DEFAULT false;

-- One-time sign-in links by mail, which work while password sign-in is paused.
ALTER TABLE account_tokens DROP CONSTRAINT account_tokens_purpose_check;
ALTER TABLE account_tokens ADD CONSTRAINT account_tokens_purpose_check CHECK (purpose IN ('verify-email', 'reset-password', 'change-email', 'sign-in'));
