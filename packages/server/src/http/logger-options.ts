import type { FastifyServerOptions } from 'fastify';
import { truncateIp } from '../auth/client-info';

/** Levels INKLESS_LOG_LEVEL accepts (pino's). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where log lines go: stdout unless a test (or a host) hands in a stream. */
export interface LogDestination {
  write(line: string): void;
}

/**
 * The served app's structured logs (pino, one JSON object a line). Errors carry their type, code,
 * message and stack and nothing else the error object holds (a database error's `detail` can
 * quote a user's values); requests are not logged line by line (see buildApp), so no URL, body
 * or full address reaches the log.
 */
export function serverLoggerOptions(level: LogLevel, stream?: LogDestination): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: { err: serializeError },
  };
}

/** Only what helps find the bug: never the error's other properties, which may hold input. */
export function serializeError(error: Error): { type: string; message: string; stack: string; code?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: '', stack: '' };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), message: error.message, stack: error.stack ?? '' };
}

/** The client's network for a log line: the address cut to /24 or /48 like the access log. */
export function logNetwork(ip: string): string {
  return truncateIp(ip);
}
