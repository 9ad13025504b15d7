-- The privacy center: what is logged about requests and sign-ins, the privacy policy's versions,
-- the append-only consent ledger, partners a user may agree to share with, recently viewed templates.

-- One row per request, kept small (src/privacy/access-log.ts): the route TEMPLATE, never the URL
-- with its query string; the network, never the full address; families, never the user agent.
-- Deleted after the access-log retention (src/privacy/retention.ts, default 90 days).
CREATE TABLE access_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  -- The signed-in user; kept as NULL when the account is deleted.
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- e.g. /api/templates/:id; '' when no route matched (the path itself is never stored).
  route text NOT NULL,
  method text NOT NULL,
  status smallint NOT NULL,
  -- 203.0.113.0/24 or 2001:db8:1::/48.
  ip_prefix text NOT NULL,
  browser text NOT NULL,
  os text NOT NULL,
  -- desktop | mobile | tablet | other
  device text NOT NULL,
  -- The primary subtag of the most preferred Accept-Language entry, e.g. de; '' when none.
  language text NOT NULL
);
CREATE INDEX access_log_user ON access_log (user_id, at DESC, id DESC);
CREATE INDEX access_log_at ON access_log (at);

-- Sign-ins and account-security changes with the full address, for investigating a takeover;
-- kept shorter than the access log (default 30 days).
CREATE TABLE security_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  -- NULL for a failed sign-in with an unknown email (the email itself is not stored).
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  event text NOT NULL CHECK (event IN (
    'sign-in', 'sign-in-password-ok', 'sign-in-failed', 'password-reset-requested', 'password-reset',
    'password-changed', 'two-factor-enabled', 'two-factor-disabled', 'recovery-codes-renewed'
  )),
  ip text NOT NULL,
  browser text NOT NULL,
  os text NOT NULL
);
CREATE INDEX security_log_user ON security_log (user_id, at DESC, id DESC);
CREATE INDEX security_log_at ON security_log (at);

-- Every released version of the privacy policy. A version is never edited once released (the
-- trigger below refuses UPDATE and DELETE): changes are a new version. x.0 is a major change
-- (everyone accepts it again), x.y a minor one (a notice only).
CREATE TABLE policy_versions (
  version text PRIMARY KEY CHECK (version = major || '.' || minor),
  major integer NOT NULL CHECK (major >= 1),
  minor integer NOT NULL CHECK (minor >= 0),
  released_at timestamptz NOT NULL,
  effective_at timestamptz NOT NULL CHECK (effective_at >= released_at),
  -- When the text was last edited before release.
  updated_at timestamptz NOT NULL,
  title text NOT NULL,
  -- What changed since the version before, in a few sentences.
  summary text NOT NULL,
  body text NOT NULL,
  -- sha256 of body, hex: proves the archived text is the one users accepted.
  sha256 text NOT NULL,
  UNIQUE (major, minor)
);

-- Partners a user may agree to share data with, one consent purpose each (partner:<id>).
-- Nobody is shared with unless listed here AND the user said yes.
CREATE TABLE consent_partners (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  -- What the partner would receive and do with it, shown beside the choice.
  purpose text NOT NULL,
  added_at timestamptz NOT NULL
);

-- Who agreed to (or withdrew) what, under which policy version, when and from where. Rows are only
-- ever appended (the trigger below refuses UPDATE, DELETE and TRUNCATE), one at a time under an
-- advisory lock, each linked to the one before:
--   hash = sha256(prev_hash || JSON [seq, at ISO, userId, visitorId, purpose, policyVersion, action, source, ipPrefix])
-- (src/privacy/consent-hash.ts). user_id has no foreign key on purpose: deleting an account must
-- not touch the ledger, whose rows then name a user id that no longer maps to anyone.
CREATE TABLE consent_ledger (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id uuid,
  -- A random id kept in the consent cookie for visitors who are not signed in.
  visitor_id text,
  -- policy (acknowledging a policy version) | preferences | marketing-email | partner:<id>
  purpose text NOT NULL CHECK (purpose IN ('policy', 'preferences', 'marketing-email') OR purpose ~ '^partner:[a-z0-9][a-z0-9-]{0,62}$'),
  policy_version text NOT NULL REFERENCES policy_versions (version),
  action text NOT NULL CHECK (action IN ('grant', 'withdraw')),
  -- Where the choice was made: signup | consent-choice | policy-notice | unsubscribe-link
  source text NOT NULL CHECK (source IN ('signup', 'consent-choice', 'policy-notice', 'unsubscribe-link')),
  ip_prefix text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  CHECK ((user_id IS NULL) <> (visitor_id IS NULL))
);
CREATE INDEX consent_ledger_user ON consent_ledger (user_id, purpose, seq DESC) WHERE user_id IS NOT NULL;
CREATE INDEX consent_ledger_visitor ON consent_ledger (visitor_id, purpose, seq DESC) WHERE visitor_id IS NOT NULL;

CREATE FUNCTION privacy_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER consent_ledger_append_only BEFORE UPDATE OR DELETE ON consent_ledger
  FOR EACH ROW EXECUTE FUNCTION privacy_refuse_change();
CREATE TRIGGER consent_ledger_no_truncate BEFORE TRUNCATE ON consent_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_refuse_change();
CREATE TRIGGER policy_versions_immutable BEFORE UPDATE OR DELETE ON policy_versions
  FOR EACH ROW EXECUTE FUNCTION privacy_refuse_change();
CREATE TRIGGER policy_versions_no_truncate BEFORE TRUNCATE ON policy_versions
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_refuse_change();

-- "Recently viewed" templates: written only while the user has the preferences consent, deleted
-- when it is withdrawn, and after the recent-views retention (default 90 days).
CREATE TABLE recent_views (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  viewed_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, template_id)
);
CREATE INDEX recent_views_newest ON recent_views (user_id, viewed_at DESC);
CREATE INDEX recent_views_at ON recent_views (viewed_at);
