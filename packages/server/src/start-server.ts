import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app';
import { readServerConfig, type ServerConfig } from './config';
import { openDatabase } from './db/open-database';
import { createOutboxMailer, createSmtpMailer } from './mail/mailer';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly startupMs: number;
  close(): Promise<void>;
}

/**
 * Opens the database (embedded unless DATABASE_URL), migrates it, builds the app and listens.
 * Mail goes through SMTP_URL, or to DATA_DIR/outbox with the link logged.
 */
export async function startServer(config: ServerConfig = readServerConfig(), extra: Pick<AppOptions, 'site' | 'logger'> = {}): Promise<RunningServer> {
  const started = performance.now();
  const db = await openDatabase({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createOutboxMailer(join(config.dataDir, 'outbox'), log);
  const app = await buildApp({
    db, mailer, publicUrl: config.publicUrl, trustProxy: config.trustProxy,
    sessionTimeouts: { idleMinutes: config.sessionIdleMinutes, absoluteDays: config.sessionAbsoluteDays }, ...extra,
  });
  const address = await app.listen({ port: config.port, host: process.env.HOST ?? '127.0.0.1' });
  const url = address.replace('127.0.0.1', 'localhost');
  return {
    app,
    url,
    startupMs: performance.now() - started,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
