-- Complaints against gallery templates count only once the complainant has confirmed an email
-- address, and only grounds that cannot wait hide a template before staff decide
-- (docs/decisions/009-complaints-and-withdrawal.md).

-- unverified: filed, waiting for the mailed link; staff do not see it and it hides nothing.
ALTER TABLE reports DROP CONSTRAINT reports_status_check;
ALTER TABLE reports ADD CONSTRAINT reports_status_check CHECK (status IN ('unverified', 'open', 'upheld', 'dismissed'));

-- For complaints (kind ip): what is claimed. copyright and trademark wait in the staff queue;
-- personal-data (the template shows someone's personal data) hides the template at once.
ALTER TABLE reports ADD COLUMN ground text CHECK (ground IN ('copyright', 'trademark', 'personal-data'));
-- The SHA-256 of the token in the confirmation link mailed to contact_email, until it is used.
ALTER TABLE reports ADD COLUMN confirm_token_hash text;
-- An unconfirmed complaint is deleted after this (deleteUnconfirmedComplaints, src/moderation/complaint-intake.ts).
ALTER TABLE reports ADD COLUMN confirm_by timestamptz;
-- When the complainant's address was confirmed (by the link, or by their signed-in account).
ALTER TABLE reports ADD COLUMN confirmed_at timestamptz;

-- Complaints filed before this migration were taken at their word: they stay as they are.
UPDATE reports SET ground = 'copyright', confirmed_at = created_at WHERE kind = 'ip';

CREATE UNIQUE INDEX reports_confirm_token ON reports (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE INDEX reports_unconfirmed ON reports (confirm_by) WHERE status = 'unverified';
