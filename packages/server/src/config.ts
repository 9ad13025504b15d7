import { resolve } from 'node:path';
import { defaultRateLimits } from './auth/rate-limit';
import { LOG_LEVELS, type LogLevel } from './http/logger-options';
import { readConfiguredPrinters, type ConfiguredPrinter } from './printing/configured-printers';

/** A working day without a request ends the session. */
export const DEFAULT_SESSION_IDLE_MINUTES = 8 * 60;
/** However active, a session ends after a week and the user signs in again. */
export const DEFAULT_SESSION_ABSOLUTE_DAYS = 7;

/** What a deployment can change; every field has the default a small shop would want. */
export interface ServerConfig {
  readonly port: number;
  /** `HOST` (default 127.0.0.1): the address to listen on. */
  readonly host: string;
  /** `INKLESS_ALLOWED_HOSTS`: host names served besides loopback and INKLESS_PUBLIC_URL's (DNS-rebinding guard). */
  readonly allowedHosts: string[];
  /** `INKLESS_LOG_LEVEL` (default info): errors are logged at `error`, starts and stops at `info`. */
  readonly logLevel: LogLevel;
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
  const logLevel = (env.INKLESS_LOG_LEVEL ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new Error(`INKLESS_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${env.INKLESS_LOG_LEVEL}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    allowedHosts: (env.INKLESS_ALLOWED_HOSTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    logLevel: logLevel as LogLevel,
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
