import type { Queryable } from '../db/database';

/** A partner a user may agree to share data with (rows of consent_partners, kept by the operator). */
export interface ConsentPartner {
  readonly id: string;
  readonly name: string;
  /** What the partner would receive and do with it. */
  readonly purpose: string;
}

export async function listConsentPartners(db: Queryable): Promise<ConsentPartner[]> {
  return db.query<ConsentPartner>('SELECT id, name, purpose FROM consent_partners ORDER BY name, id');
}

/** Adds or renames a partner; operators (and tests) call it. Existing consents stay with the id. */
export async function saveConsentPartner(db: Queryable, partner: ConsentPartner, at: Date): Promise<void> {
  await db.query(
    'INSERT INTO consent_partners (id, name, purpose, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, purpose = EXCLUDED.purpose',
    [partner.id, partner.name, partner.purpose, at],
  );
}
