import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app';
import { createSmtpMailer } from '../../src/mail/mailer';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher';
import { ApiClient, injectInto } from './test-app';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './test-database';

/** The real app with the options the HTTP-layer tests vary (host allow-list, logger, sites). */
export interface HardeningApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  client(): ApiClient;
  close(): Promise<void>;
}

export async function createHardeningApp(kind: DatabaseKind, options: Pick<AppOptions, 'allowedHosts' | 'logger' | 'site'> = {}): Promise<HardeningApp> {
  const database = await openTestDatabase(kind);
  const smtp: SmtpCatcher = await startSmtpCatcher();
  const app = await buildApp({ db: database.db, mailer: createSmtpMailer(smtp.url, 'Inkless test <test@localhost>'), publicUrl: 'http://localhost:3000', ...options });
  return {
    app, database,
    client: () => new ApiClient(injectInto(app)),
    close: async () => {
      await app.close();
      await smtp.close();
      await database.close();
    },
  };
}
