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
CREATE INDEX reviews_newest ON reviews (template_id, updated_at DESC);

-- templates.rating_sum/rating_count follow every insert, change and delete of a review, in the
-- same transaction, however it happens: a review upserted by two requests at once, or removed
-- with its author's account (ON DELETE CASCADE), cannot leave the totals wrong.
CREATE FUNCTION reviews_keep_rating_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE templates SET rating_sum = rating_sum - OLD.rating, rating_count = rating_count - 1 WHERE id = OLD.template_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE templates SET rating_sum = rating_sum + NEW.rating, rating_count = rating_count + 1 WHERE id = NEW.template_id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER reviews_rating_totals AFTER INSERT OR UPDATE OF rating, template_id OR DELETE ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_keep_rating_totals();

-- The gallery counts forks of each template ("popular").
CREATE INDEX templates_forked_from ON templates (forked_from) WHERE forked_from IS NOT NULL;

CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  reporter_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- rules: breaks the content rules; ip: an intellectual-property complaint (takedown at once).
  kind text NOT NULL CHECK (kind IN ('rules', 'ip')),
  reason text NOT NULL,
  -- For ip complaints: who claims the right, how to reach them (staff only) and which work it is.
  claimant text,
  contact_email text,
  work text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
  -- The publisher's answer to an ip complaint, shown to staff beside it.
  publisher_response text,
  responded_at timestamptz,
  resolved_by uuid REFERENCES users (id) ON DELETE SET NULL,
  resolution text,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
CREATE INDEX reports_open ON reports (created_at) WHERE status = 'open';
CREATE INDEX reports_template ON reports (template_id, status);

-- Every staff read or change of a user's data, hash-chained so an edit or a gap shows:
-- hash = sha256(prev_hash || canonical JSON of {seq, at, staffId, action, subjectUserId, target})
-- (src/audit/audit-hash.ts). Rows are only ever appended, one at a time under an advisory lock.
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
