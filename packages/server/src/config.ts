import { resolve } from 'node:path';
import { defaultRateLimits } from './auth/rate-limit';
import { readConfiguredPrinters, type ConfiguredPrinter } from './printing/configured-printers';

/** A working day without a request ends the session. */
export const DEFAULT_SESSION_IDLE_MINUTES = 8 * 60;
/** However active, a session ends after a week and the user signs in again. */
export const DEFAULT_SESSION_ABSOLUTE_DAYS = 7;

/** What a deployment can change; every field has the default a small shop would want. */
export interface ServerConfig {
  readonly port: number;
  /** `INKLESS_DATA_DIR` (default ./data): the embedded database, the mail outbox, uploads. */
  readonly dataDir: string;
  /** `DATABASE_URL`: PostgreSQL instead of the embedded database. */
  readonly databaseUrl?: string;
  /** `INKLESS_PUBLIC_URL`: the address in mailed links (default http://localhost:PORT). */
  readonly publicUrl: string;
  /** `INKLESS_TRUST_PROXY`: proxy addresses whose X-Forwarded-For is believed; none by default. */
  readonly trustProxy: string[];
  /** `SMTP_URL` (smtp://user:pass@host:port): mail goes out through it; otherwise to DATA_DIR/outbox. */
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteDays: number;
  /** `INKLESS_RENDER_PER_MINUTE`: POST /api/render calls per client address and minute. */
  readonly renderPerMinute: number;
  /** `INKLESS_PRINTERS` or `INKLESS_PRINTERS_FILE`: the only printers print jobs go to (none by default). */
  readonly printers: readonly ConfiguredPrinter[];
}

/** Reads the configuration from the environment. */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    dataDir: resolve(env.INKLESS_DATA_DIR ?? 'data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    publicUrl: (env.INKLESS_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    trustProxy: (env.INKLESS_TRUST_PROXY ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    mailFrom: env.INKLESS_MAIL_FROM ?? 'Inkless <no-reply@localhost>',
    sessionIdleMinutes: Number(env.INKLESS_SESSION_IDLE_MINUTES ?? DEFAULT_SESSION_IDLE_MINUTES),
    sessionAbsoluteDays: Number(env.INKLESS_SESSION_ABSOLUTE_DAYS ?? DEFAULT_SESSION_ABSOLUTE_DAYS),
    renderPerMinute: Number(env.INKLESS_RENDER_PER_MINUTE ?? defaultRateLimits.renderPerIp.max),
    printers: readConfiguredPrinters(env),
  };
}
