-- Print jobs name a printer the administrator configured (INKLESS_PRINTERS, decision 008), never
-- an address a user typed; the worker looks its address up in the settings when it sends.
ALTER TABLE print_jobs ADD COLUMN printer_id text;
-- Jobs from before this change kept the address their user typed; new jobs leave it empty.
ALTER TABLE print_jobs ALTER COLUMN printer_uri DROP NOT NULL;
-- Those jobs are not sent: the server no longer connects to addresses users typed.
UPDATE print_jobs SET status = 'failed', finished_at = now(), claimed_by = NULL, claimed_until = NULL, retry_at = NULL,
  error_code = 'INKLESS_PRINT_PRINTER_UNKNOWN',
  error_message = 'this job names a printer address; the server now prints only to the printers its administrator set up: print it again choosing one of them'
WHERE status IN ('queued', 'sending') AND printer_id IS NULL;
-- Claims in the order they were made: a user's latest claim on a printer decides whose turn is next
-- (round robin between users), whatever the clock says.
CREATE SEQUENCE print_job_claim_seq;
ALTER TABLE print_jobs ADD COLUMN claim_seq bigint;
CREATE INDEX print_jobs_turns ON print_jobs (printer_id, user_id, claim_seq);
-- One job at a time per printer, across every server: a second claim on a busy printer fails.
CREATE UNIQUE INDEX print_jobs_one_per_printer ON print_jobs (printer_id) WHERE status = 'sending';
-- Active jobs per user, counted against the queue limit at every new job.
CREATE INDEX print_jobs_user_active ON print_jobs (user_id) WHERE status IN ('queued', 'sending');
