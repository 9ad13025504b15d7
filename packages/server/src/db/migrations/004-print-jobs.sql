-- Print jobs queued in the database: they survive a restart, and SKIP LOCKED claims keep two
-- servers from sending one job twice.
CREATE TABLE print_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  template_id uuid REFERENCES templates (id) ON DELETE SET NULL,
  -- A copy of what was printed, so history can reprint it after the template changed.
  document jsonb NOT NULL,
  rows jsonb NOT NULL DEFAULT '[]',
  printer_uri text NOT NULL,
  profile text NOT NULL,
  copies integer NOT NULL DEFAULT 1,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'done', 'failed', 'canceled')),
  total_labels integer NOT NULL,
  sent_labels integer NOT NULL DEFAULT 0,
  error_code text,
  error_message text,
  -- Which server holds the job and until when; an expired claim is taken over.
  claimed_by text,
  claimed_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  reprint_of uuid REFERENCES print_jobs (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX print_jobs_user ON print_jobs (user_id, created_at DESC);
CREATE INDEX print_jobs_queue ON print_jobs (created_at) WHERE status IN ('queued', 'sending');
