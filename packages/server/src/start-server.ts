import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import { defaultRateLimits } from './auth/rate-limit';
import { describeLoopbackOnlyListener, hostNamesForListener } from './http/host-check';
import { serverLoggerOptions } from './http/logger-options';
import { readServerConfig, type ServerConfig } from './config';
import { openDatabase } from './db/open-database';
import { createOutboxMailer, createSmtpMailer } from './mail/mailer';
import { startPrintWorker } from './printing';
import { systemClock } from './clock';
import { readRetentionConfig, startRetentionTimer } from './privacy/retention';
import { startPrivacyJobsTimer } from './privacy/privacy-jobs';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly startupMs: number;
  close(): Promise<void>;
}

/**
 * Opens the database (embedded unless DATABASE_URL), migrates it, builds the app and listens.
 * Mail goes through SMTP_URL, or to DATA_DIR/outbox with the link logged. Logs (JSON lines on
 * stdout, INKLESS_LOG_LEVEL) are on; only the host names of allowedHostNames are served.
 */
export async function startServer(config: ServerConfig = readServerConfig(), extra: Pick<AppOptions, 'site' | 'logger'> = {}): Promise<RunningServer> {
  const started = performance.now();
  const db = await openDatabase({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createOutboxMailer(join(config.dataDir, 'outbox'), log);
  const hostNames = hostNamesForListener(config.host, config.publicUrl, config.allowedHosts);
  const app = await buildApp({
    db, mailer, publicUrl: config.publicUrl, trustProxy: config.trustProxy,
    sessionTimeouts: { idleMinutes: config.sessionIdleMinutes, absoluteDays: config.sessionAbsoluteDays },
    limits: { renderPerIp: { ...defaultRateLimits.renderPerIp, max: config.renderPerMinute } },
    printers: config.printers,
    allowedHosts: hostNames,
    logger: serverLoggerOptions(config.logLevel),
    ...extra,
  });
  const hostWarning = describeLoopbackOnlyListener(config.host, hostNames);
  if (hostWarning) app.log.warn(hostWarning);
  // Deletes log rows and other personal data past their retention period (docs/privacy.md).
  const stopRetention = startRetentionTimer(db, systemClock, readRetentionConfig(), (e) => app.log.error({ err: e }, 'privacy retention run failed'));
  // Erases accounts whose grace period ended, sends legal-request notices whose deferral ended, drops old rate-limit counters.
  const stopPrivacyJobs = startPrivacyJobsTimer({ db, mailer, clock: systemClock, publicUrl: config.publicUrl }, (e) => app.log.error({ err: e }, 'privacy jobs run failed'));
  // Sends queued print jobs; any number of servers may run one each (claims keep jobs apart).
  const printWorker = startPrintWorker({ db, printers: config.printers, workerId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}` });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('127.0.0.1', 'localhost');
  return {
    app,
    url,
    startupMs: performance.now() - started,
    close: async () => {
      // Hands a job in progress back to the queue at once, for another server to continue.
      await printWorker.stop();
      await app.close();
      await stopRetention();
      await stopPrivacyJobs();
      await db.close();
    },
  };
}
