/** Why we may hold a piece of data (GDPR Art. 6(1) b, a, f and c). */
export type LegalBasis = 'contract' | 'consent' | 'legitimate-interest' | 'legal-obligation';

/**
 * The kinds of data the export is grouped by; a legal request's scope and a disclosure name these
 * too, so what was handed over can be said without repeating the data.
 */
export const dataCategories = [
  'account', 'sessions', 'templates', 'print-history', 'reviews', 'reports', 'recent-views', 'consents',
  'access-log', 'security-log', 'support', 'deletion', 'disclosures', 'legal-requests', 'staff-access',
] as const;
export type DataCategory = (typeof dataCategories)[number];

/**
 * Who puts the value there: `typed` free text the user wrote; `chosen` one of a fixed set of
 * options the user picked; `client` read from their browser or address; `server` made by the
 * service; `staff` written by staff; `others` made by other users (ratings).
 */
export type ValueSource = 'typed' | 'chosen' | 'client' | 'server' | 'staff' | 'others';

/** What deleting an account does to a table's rows of that user. */
export type ErasureEffect =
  /** Deleted by an explicit statement before the account row goes. */
  | 'delete'
  /** Deleted with the account row by a foreign key (ON DELETE CASCADE; a test checks the path). */
  | 'cascade'
  /** Kept without anything that leads to the user or that they wrote. */
  | 'pseudonymise'
  /** Kept as proof the law asks for, under a user id that maps to nobody once the account is gone. */
  | 'legal-hold'
  /** The account row itself, deleted last. */
  | 'account'
  /** The table holds nobody's personal data. */
  | 'nothing';

/** What the user chose for templates they published, when asking for deletion. */
export type PublishedChoice = 'remove' | 'keep-credited';

/** A column that holds personal data, and what happens to it. Unset fields take the table's. */
export interface PersonalColumn {
  readonly personal: true;
  /** What the value is, in a few words. */
  readonly holds: string;
  readonly from: ValueSource;
  /** Whether the export includes it; when not, why (a secret, a copy derived from exported data). */
  readonly export: true | { readonly no: string };
  /** A binary column exported as a file per row: `<dir>/<value of key>.<ext>`. */
  readonly file?: { readonly dir: string; readonly key: string; readonly ext: string };
  readonly purpose?: string;
  readonly basis?: LegalBasis;
  readonly retention?: string;
  readonly erasure?: ErasureEffect;
}

/** A column that holds nobody's personal data, and why that is so. */
export interface PlainColumn {
  readonly personal: false;
  readonly why: string;
}

export type ColumnEntry = PersonalColumn | PlainColumn;

/**
 * One way to find a user's rows in a table, for the export and for legal requests. `where` is an
 * SQL condition on the table aliased `r`, with $1 the user's id and $2 the time now.
 */
export interface RowView {
  /** The name of the list in the export (default: the table's name). */
  readonly name?: string;
  readonly where: string;
  /** The exported columns this view shows (default: every column the inventory exports). */
  readonly columns?: readonly string[];
  readonly order?: string;
}

/** One statement of an account's erasure ($1 the user's id); `when` limits it to one choice. */
export interface ErasureStep {
  readonly sql: string;
  readonly when?: PublishedChoice;
}

/** Everything the inventory says about one table. */
export interface InventoryTable {
  /** What the table is for. */
  readonly about: string;
  /** The export section its rows go to; null when the export shows none of it. */
  readonly category: DataCategory | null;
  /** Defaults for its personal columns. */
  readonly purpose: string;
  readonly basis: LegalBasis;
  readonly retention: string;
  readonly views: readonly RowView[];
  readonly erasure: {
    readonly effect: ErasureEffect;
    /** What happens, in plain words (docs/privacy.md and the export say the same). */
    readonly says: string;
    /** Run in inventory order inside the erasure transaction. */
    readonly steps?: readonly ErasureStep[];
  };
  /** Rows older than the configured days are deleted by the retention job (src/privacy/retention.ts). */
  readonly purge?: { readonly at: string; readonly key: string; readonly days: 'accessLogDays' | 'securityLogDays' | 'recentViewsDays' };
  readonly columns: Readonly<Record<string, ColumnEntry>>;
}

/** A column's full entry, the table's defaults filled in. */
export interface ResolvedColumn {
  readonly table: string;
  readonly column: string;
  readonly holds: string;
  readonly from: ValueSource;
  readonly purpose: string;
  readonly basis: LegalBasis;
  readonly retention: string;
  readonly exported: boolean;
  readonly exportNote: string;
  readonly erasure: ErasureEffect;
}
