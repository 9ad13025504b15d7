-- What the gallery adds: reviews, reports (rules and intellectual property) and the staff audit log.
CREATE TABLE reviews (
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (template_id, user_id)
);

CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  reporter_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- rules: breaks the content rules; ip: an intellectual-property complaint (takedown at once).
  kind text NOT NULL CHECK (kind IN ('rules', 'ip')),
  reason text NOT NULL,
  -- For ip complaints: who claims the right, and how to reach them.
  claimant text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
  publisher_response text,
  resolved_by uuid REFERENCES users (id) ON DELETE SET NULL,
  resolution text,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
CREATE INDEX reports_open ON reports (created_at) WHERE status = 'open';

-- Every staff read or change of a user's data, hash-chained so an edit or a gap shows.
CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  staff_id uuid,
  action text NOT NULL,
  subject_user_id uuid,
  target text NOT NULL DEFAULT '',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject_user_id);
