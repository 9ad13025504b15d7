import { TransportError } from '../transport';

/** System error codes that mean "nothing answers at that address" rather than "it went away". */
const UNREACHABLE_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (nothing listens on that port)',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'the network is unreachable',
  ENOTFOUND: 'no such host name',
  EAI_AGAIN: 'the host name could not be looked up',
  ENOENT: 'no such device',
  EACCES: 'permission denied',
  EADDRNOTAVAIL: 'the address is not available',
};

/** Reads the `code` of a Node system error, if it has one. */
export function readErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The short reason of a system error, in words where we know the code. */
export function describeSystemError(e: unknown): string {
  const code = readErrorCode(e);
  if (code && UNREACHABLE_CODES[code]) return `${UNREACHABLE_CODES[code]}, ${code}`;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${message}, ${code}` : message;
}

/** The error for a printer that could not be reached at all, with what to check. */
export function createUnreachableError(description: string, e: unknown, hint: string): TransportError {
  return new TransportError('INKLESS_PRINTER_UNREACHABLE', `cannot reach printer ${description}: ${describeSystemError(e)}; ${hint}`, { cause: e });
}
