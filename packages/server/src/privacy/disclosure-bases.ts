import type { Queryable } from '../db/database';
import { hasConsent } from './consent-state';

/**
 * The privacy policy's closed list of grounds for letting personal data leave the service:
 * the person's consent for a named partner; a provider carrying out what they asked for; a legal
 * request; a breach of the law or our rules; an intellectual-property complaint; the counterparty
 * of a disputed transaction. Nothing else is a ground.
 */
export const disclosureBases = ['consent', 'service', 'legal-request', 'rule-violation', 'ip-complaint', 'dispute-counterparty'] as const;
export type DisclosureBasis = (typeof disclosureBases)[number];

/** Whose data: an account, or a person without one named by a record (a complainant: report:<id>). */
export type DisclosureSubject = { readonly userId: string } | { readonly record: string };

/** A provider that receives data to carry out something the user asked for, and what it may receive. */
export interface Processor {
  readonly id: string;
  readonly name: string;
  readonly categories: readonly string[];
}

/**
 * Providers data may go to on the `service` ground (reference `service:<id>`). Mail to the
 * account holder about their own account is not a disclosure and is not registered
 * (docs/privacy.md); this is for mail a provider carries to someone else on the user's behalf.
 */
export const processors: readonly Processor[] = [
  { id: 'mail-relay', name: "the operator's mail relay (SMTP_URL)", categories: ['account'] },
];

/** What a ground is checked against. */
export interface BasisQuestion {
  readonly subject: DisclosureSubject;
  readonly recipient: string;
  readonly categories: readonly string[];
  readonly reference: string;
}

/** Answers why the ground does not hold, or undefined when it does. Runs inside the register's transaction. */
type BasisCheck = (tx: Queryable, q: BasisQuestion, now: Date) => Promise<string | undefined>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** One check per ground: each names the record that must exist for it to hold. */
export const basisChecks: Readonly<Record<DisclosureBasis, BasisCheck>> = {
  consent: async (tx, q, now) => {
    const partnerId = new RegExp('^partner:([a-z0-9][a-z0-9-]{0,62})$').exec(q.reference)?.[1];
    if (!partnerId) return 'consent: the reference must be partner:<id>';
    if (!('userId' in q.subject)) return 'consent: only an account holder can consent';
    const [partner] = await tx.query<{ name: string }>('SELECT name FROM consent_partners WHERE id = $1', [partnerId]);
    if (!partner) return `consent: no partner ${partnerId}`;
    if (q.recipient !== partner.name) return `consent: the consent covers ${partner.name}, not ${q.recipient}`;
    if (!(await hasConsent(tx, q.subject.userId, `partner:${partnerId}`, now))) return `consent: the user has not agreed to sharing with ${partner.name} (or withdrew it)`;
    return undefined;
  },
  service: async (_tx, q) => {
    const processor = processors.find((p) => `service:${p.id}` === q.reference);
    if (!processor) return 'service: the reference must name a listed provider (service:<id>)';
    if (q.recipient !== processor.name) return `service: the provider is ${processor.name}, not ${q.recipient}`;
    const extra = q.categories.filter((c) => !processor.categories.includes(c));
    return extra.length > 0 ? `service: ${processor.name} may not receive ${extra.join(', ')}` : undefined;
  },
  'legal-request': async (tx, q) => {
    const id = new RegExp(`^legal-request:(${UUID})$`).exec(q.reference)?.[1];
    if (!id) return 'legal-request: the reference must be legal-request:<id>';
    const [request] = await tx.query<{ subject_user_id: string; authority: string; scope: string[]; status: string; approvers: number }>(
      'SELECT subject_user_id, authority, scope, status, (SELECT count(DISTINCT staff_id)::int FROM legal_request_approvals a WHERE a.request_id = l.id) AS approvers FROM legal_requests l WHERE id = $1',
      [id],
    );
    if (!request) return 'legal-request: no such request';
    if (!('userId' in q.subject) || q.subject.userId.toLowerCase() !== request.subject_user_id) return 'legal-request: the request is about another account';
    if (request.status === 'disclosed') return 'legal-request: the data of this request was handed over already';
    if (request.status !== 'approved' || request.approvers < 2) return `legal-request: the request is ${request.status} with ${request.approvers} approval(s); two different staff members must approve it first`;
    if (q.recipient !== request.authority) return `legal-request: the request came from ${request.authority}, not ${q.recipient}`;
    const outside = q.categories.filter((c) => !request.scope.includes(c));
    if (outside.length > 0) return `legal-request: ${outside.join(', ')} is outside the request's scope (${request.scope.join(', ')})`;
    // Under the register's lock: of two hand-overs at once, the second sees the first's row.
    const done = await tx.query('SELECT 1 FROM disclosure_register WHERE reference = $1', [q.reference]);
    return done.length > 0 ? 'legal-request: the data of this request was handed over already' : undefined;
  },
  'rule-violation': async (tx, q) => {
    const report = await findReport(tx, q.reference);
    if (!report) return 'rule-violation: the reference must be report:<id> of an existing report';
    if (report.kind !== 'rules' || report.status !== 'upheld') return 'rule-violation: only an upheld rules report is a ground';
    if (!('userId' in q.subject) || q.subject.userId.toLowerCase() !== report.owner_id) return 'rule-violation: only the data of the publisher who broke the rules';
    return undefined;
  },
  'ip-complaint': async (tx, q) => {
    const report = await findReport(tx, q.reference);
    if (!report) return 'ip-complaint: the reference must be report:<id> of an existing complaint';
    if (report.kind !== 'ip' || !['open', 'upheld'].includes(report.status)) return 'ip-complaint: only an open or upheld intellectual-property complaint is a ground';
    // The publisher's data may go to the complainant, and the complainant's to the publisher: nobody else.
    if ('userId' in q.subject) {
      if (q.subject.userId.toLowerCase() !== report.owner_id) return 'ip-complaint: only the data of the publisher complained about';
      if (q.recipient !== report.contact_email) return 'ip-complaint: only to the complainant';
    } else {
      if (q.subject.record !== q.reference) return 'ip-complaint: only the data of this complaint';
      if (q.recipient !== report.owner_email) return 'ip-complaint: only to the publisher complained about';
    }
    return undefined;
  },
  'dispute-counterparty': async () => 'dispute-counterparty: Inkless has no transactions between users, so there is never a counterparty to tell',
};

interface ReportFacts {
  kind: string;
  status: string;
  owner_id: string | null;
  owner_email: string | null;
  contact_email: string | null;
}

async function findReport(tx: Queryable, reference: string): Promise<ReportFacts | undefined> {
  const id = new RegExp(`^report:(${UUID})$`).exec(reference)?.[1];
  if (!id) return undefined;
  const [row] = await tx.query<ReportFacts>(
    'SELECT r.kind, r.status, t.owner_id, u.email AS owner_email, r.contact_email FROM reports r JOIN templates t ON t.id = r.template_id LEFT JOIN users u ON u.id = t.owner_id WHERE r.id = $1',
    [id],
  );
  return row;
}
