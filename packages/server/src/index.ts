export { buildApp, type AppOptions } from './app';
export type { AppContext } from './app-context';
export { readServerConfig, type ServerConfig } from './config';
export { startServer, type RunningServer } from './start-server';
export { openDatabase } from './db/open-database';
export type { Database, Queryable } from './db/database';
export { serverErrorMeanings, ApiError } from './http/api-error';
export { createOutboxMailer, createSmtpMailer, type Mailer, type MailMessage } from './mail/mailer';
export { environmentVariables } from './environment-variables';
