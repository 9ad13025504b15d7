import type { Clock } from './clock';
import type { Database } from './db/database';
import type { RateLimits } from './auth/rate-limit';
import type { Mailer } from './mail/mailer';
import type { RouteRecord } from './http/route';
import type { ConfiguredPrinter } from './printing/configured-printers';

/** What every route module is given: the parts of the server, injectable in tests. */
export interface AppContext {
  readonly db: Database;
  readonly mailer: Mailer;
  readonly clock: Clock;
  /** Origin of mailed links, e.g. https://labels.example. */
  readonly publicUrl: string;
  readonly sessionTimeouts: { readonly idleMinutes: number; readonly absoluteDays: number };
  readonly limits: RateLimits;
  /** Key of the CSRF tokens (kept in the database, shared by every server process). */
  readonly csrfSecret: string;
  /** The printers the administrator set up (INKLESS_PRINTERS): the only ones print jobs may name. */
  readonly printers: readonly ConfiguredPrinter[];
  /** Filled as routes register; read by the OpenAPI document and the access tests. */
  readonly routes: RouteRecord[];
}
