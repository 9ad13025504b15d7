-- The privacy center, part B: account deletion with a grace period, the disclosure register (every
-- transfer of personal data out of the system), legal requests with two-person approval, and support
-- tickets opened by security reports. What each column holds, why and for how long: src/privacy/inventory.ts.

-- A deletion the user asked for; the account is erased by runDueDeletions once due_at has passed,
-- unless the user cancels first (the row is then removed). Goes with the account.
CREATE TABLE account_deletions (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  requested_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL CHECK (due_at >= requested_at),
  -- What happens to templates the user published: removed, or kept and credited to "Deleted user".
  published_templates text NOT NULL CHECK (published_templates IN ('remove', 'keep-credited'))
);
CREATE INDEX account_deletions_due ON account_deletions (due_at);

-- Every transfer of personal data to someone outside the service, written BEFORE the data leaves
-- (src/privacy/disclose.ts). Only appended (the trigger refuses UPDATE, DELETE and TRUNCATE), one
-- row at a time under an advisory lock, each linked to the one before:
--   hash = sha256(prev_hash || canonical JSON of {seq, at, subjectUserId, subjectRecord, recipient, categories, basis, reference})
-- (src/privacy/disclosure-hash.ts). subject_user_id has no foreign key on purpose: the register is
-- kept after the account is deleted, as proof of what was shared and why; it holds the categories
-- that were shared, never the data itself.
CREATE TABLE disclosure_register (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  -- The account whose data was shared, or NULL when the person has none (a complainant).
  subject_user_id uuid,
  -- The record naming a person without an account, e.g. report:<uuid>.
  subject_record text,
  -- Who received it: an authority, a partner, a rights holder.
  recipient text NOT NULL,
  -- Which kinds of data (inventory categories, e.g. account, templates).
  categories text[] NOT NULL,
  -- The policy's closed list of reasons to share.
  basis text NOT NULL CHECK (basis IN ('consent', 'service', 'legal-request', 'rule-violation', 'ip-complaint', 'dispute-counterparty')),
  -- What justifies it: legal-request:<uuid>, report:<uuid>, partner:<id>, service:<id>.
  reference text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  CHECK (subject_user_id IS NOT NULL OR subject_record IS NOT NULL)
);
CREATE INDEX disclosure_register_subject ON disclosure_register (subject_user_id, seq DESC) WHERE subject_user_id IS NOT NULL;
CREATE TRIGGER disclosure_register_append_only BEFORE UPDATE OR DELETE ON disclosure_register
  FOR EACH ROW EXECUTE FUNCTION privacy_refuse_change();
CREATE TRIGGER disclosure_register_no_truncate BEFORE TRUNCATE ON disclosure_register
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_refuse_change();

-- A request from a court or authority for a user's data. Staff record it; two different staff
-- approve it; only then can the data in its scope be handed over (through the register). The user
-- is told, at once or, when a recorded deferral applies, once notify_after has passed.
-- subject_user_id has no foreign key: the record stays after the account is deleted (legal hold).
CREATE TABLE legal_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subject_user_id uuid NOT NULL,
  authority text NOT NULL,
  -- The authority's own case or order number.
  reference text NOT NULL,
  -- Inventory categories the request covers; nothing outside them is handed over.
  scope text[] NOT NULL CHECK (cardinality(scope) > 0),
  received_at timestamptz NOT NULL,
  deadline timestamptz NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'disclosed')),
  -- Why the user may not be told yet (e.g. the order forbids it), and until when.
  deferral_reason text,
  notify_after timestamptz,
  rejection_reason text,
  disclosed_at timestamptz,
  notified_at timestamptz,
  CHECK ((deferral_reason IS NULL) = (notify_after IS NULL))
);
CREATE INDEX legal_requests_subject ON legal_requests (subject_user_id);
CREATE INDEX legal_requests_to_notify ON legal_requests (notify_after) WHERE status = 'disclosed' AND notified_at IS NULL;

-- One row per staff member who approved a request; two different ones are needed. Only appended.
CREATE TABLE legal_request_approvals (
  request_id uuid NOT NULL REFERENCES legal_requests (id),
  staff_id uuid NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (request_id, staff_id)
);
CREATE TRIGGER legal_request_approvals_append_only BEFORE UPDATE OR DELETE ON legal_request_approvals
  FOR EACH ROW EXECUTE FUNCTION privacy_refuse_change();

-- Tickets staff work on: a security report ("my account may be compromised") secures the account
-- at once and opens one. Goes with the account.
CREATE TABLE support_tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('security-report')),
  -- signed-in: the account holder reported it; signed-out: someone named the account by its email.
  source text NOT NULL CHECK (source IN ('signed-in', 'signed-out')),
  -- What the reporter wrote, if anything.
  message text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_at timestamptz NOT NULL,
  closed_at timestamptz
);
CREATE INDEX support_tickets_open ON support_tickets (created_at) WHERE status = 'open';
CREATE INDEX support_tickets_user ON support_tickets (user_id);
