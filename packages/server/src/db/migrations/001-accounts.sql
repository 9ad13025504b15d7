-- Accounts, sessions and the tokens that prove an email address or reset a password.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Lower-cased; the address users sign in with.
  email text NOT NULL UNIQUE,
  email_verified_at timestamptz,
  -- argon2id PHC string; never logged, never returned.
  password_hash text NOT NULL,
  display_name text NOT NULL,
  -- user | moderator | support | admin: staff roles see the moderation queue (every read audited).
  role text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'moderator', 'support', 'admin')),
  -- Base32 TOTP secret; set while enrolling, enabled once a code proved the user has it.
  totp_secret text,
  totp_enabled_at timestamptz,
  -- The last time step whose code was accepted: a code works once.
  totp_last_step bigint,
  -- Wrong passwords in a row and the lockout they earned (counted atomically in one UPDATE).
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  -- Lockouts in a row: each one lasts twice as long as the one before.
  lockouts integer NOT NULL DEFAULT 0,
  -- Set by "secure my account": every session ends and the next login must reset the password.
  must_reset_password boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie's random id: a copy of this table cannot be used to sign in.
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  -- The absolute end; the idle end is last_seen_at + the idle timeout.
  expires_at timestamptz NOT NULL,
  -- Password checked but the second factor not yet given: such a session can do nothing else.
  mfa_pending boolean NOT NULL DEFAULT false,
  -- When the user last re-entered the password (export, deletion, email change need it recent).
  reauthenticated_at timestamptz,
  -- What "your sessions" shows: families, never the raw user agent or a full IP address.
  browser text NOT NULL DEFAULT '',
  os text NOT NULL DEFAULT '',
  device text NOT NULL DEFAULT '',
  ip_prefix text NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE account_tokens (
  -- SHA-256 of the token mailed to the user.
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('verify-email', 'reset-password', 'change-email')),
  -- The address being proved, for verify-email and change-email.
  email text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX account_tokens_user ON account_tokens (user_id);

CREATE TABLE recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- SHA-256 of a one-time code shown once at 2FA enrolment.
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- Fixed-window counters for rate limits: one row per (bucket, window), incremented atomically.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);

-- Server-wide secrets (the CSRF key) made at first start and shared by every server process.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL
);
