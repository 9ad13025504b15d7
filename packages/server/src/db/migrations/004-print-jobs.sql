-- Print jobs queued in the database: they survive a restart, and SKIP LOCKED claims keep two
-- servers from sending one job twice.
CREATE TABLE print_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Breaks ties between jobs created in the same instant (queue order, history order).
  seq bigint GENERATED ALWAYS AS IDENTITY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  template_id uuid REFERENCES templates (id) ON DELETE SET NULL,
  -- A copy of what was printed, so history can reprint it after the template changed.
  document jsonb NOT NULL,
  -- Data rows (column -> text), one label per row and copy; '[]' prints the label once per copy.
  rows jsonb NOT NULL DEFAULT '[]',
  -- tcp://host:port, normalised; the server connects to nothing else for this job.
  printer_uri text NOT NULL,
  profile text NOT NULL,
  copies integer NOT NULL DEFAULT 1,
  -- Date variables print the creation time in this offset from UTC (the user's wall clock).
  tz_offset_minutes integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'done', 'failed', 'canceled')),
  total_labels integer NOT NULL,
  -- Labels the printer confirmed (status reply, or written where the language has none): a
  -- worker taking the job over continues after these.
  sent_labels integer NOT NULL DEFAULT 0,
  -- The last failure: final once status is failed, the reason for the wait while a retry is queued.
  error_code text,
  error_message text,
  -- Which server holds the job and until when; an expired claim is taken over.
  claimed_by text,
  claimed_until timestamptz,
  -- Claims so far; bounded, so an unreachable printer ends as failed instead of retrying forever.
  attempts integer NOT NULL DEFAULT 0,
  -- A queued retry waits until then (unreachable printer: back off instead of hammering it).
  retry_at timestamptz,
  reprint_of uuid REFERENCES print_jobs (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX print_jobs_user ON print_jobs (user_id, created_at DESC, seq DESC);
CREATE INDEX print_jobs_queue ON print_jobs (created_at, seq) WHERE status IN ('queued', 'sending');
